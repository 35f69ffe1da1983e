package dev.tizza.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint step of the build really fails on a spec that breaks tizza's rules. */
class SpecLintTest {

  private static final Path SPECS = Path.of("src/main/resources/openapi");

  @Test
  void shouldPassEverySpecAsWritten() throws Exception {
    for (String spec : List.of("auth.yaml", "pizza.yaml", "bff.yaml")) {
      Result lint = lint(SPECS.resolve(spec));

      assertThat(lint.exitCode()).as(lint.output()).isZero();
    }
  }

  @Test
  void shouldFailASpecWithAnOperationThatHasNoId(@TempDir Path dir) throws Exception {
    String spec = Files.readString(SPECS.resolve("pizza.yaml"))
        .replace("      operationId: getPizzeria\n", "");
    Path broken = dir.resolve("pizza.yaml");
    Files.writeString(broken, spec);

    Result lint = lint(broken);

    assertThat(lint.exitCode()).isNotZero();
    assertThat(lint.output()).contains("operation-operationId");
  }

  @Test
  void shouldFailASpecWithAPolymorphicSchema(@TempDir Path dir) throws Exception {
    String spec = Files.readString(SPECS.resolve("pizza.yaml"))
        .replace("    Money:\n      type: object\n",
            "    Money:\n      oneOf:\n        - type: string\n        - type: integer\n"
                + "      type: object\n");
    Path broken = dir.resolve("pizza.yaml");
    Files.writeString(broken, spec);

    Result lint = lint(broken);

    assertThat(spec).contains("oneOf");
    assertThat(lint.exitCode()).isNotZero();
    assertThat(lint.output()).contains("no-one-of");
  }

  private record Result(int exitCode, String output) {
  }

  private static Result lint(Path spec) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("node_modules/.bin/redocly", "lint", "--config",
        "redocly.yaml", "--format", "stylish", spec.toString())
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
