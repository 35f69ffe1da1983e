package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the code generated from the specs must never contain: javax (tizza is Jakarta EE) and
 * Jackson (Liberty binds JSON with JSON-B). Some generator option combinations let them in.
 */
public final class GeneratedCode {

  private static final Pattern FORBIDDEN = Pattern.compile(
      "^import (static )?(javax\\.|com\\.fasterxml\\.jackson\\.)", Pattern.MULTILINE);

  private GeneratedCode() {
  }

  /** Asserts that the Java files under these folders exist and import neither. */
  public static void assertJakartaAndJsonbOnly(Path... roots) throws IOException {
    int files = 0;
    for (Path root : roots) {
      assertThat(root).as("generated sources").isDirectory();
      try (Stream<Path> walk = Files.walk(root)) {
        List<Path> sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        files += sources.size();
        for (Path source : sources) {
          assertThat(FORBIDDEN.matcher(read(source)).find()).as("%s imports javax or Jackson",
              source).isFalse();
        }
      }
    }
    assertThat(files).as("generated Java files").isPositive();
  }

  /** Whether a source would pass; for testing this check itself. */
  static boolean isClean(String source) {
    return !FORBIDDEN.matcher(source).find();
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
