package dev.tizza.specs;

import java.util.Optional;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Whether a spec may replace its last release: a breaking change needs a new major version.
 * While the major version is 0, the minor version plays that part, as semantic versioning
 * allows.
 */
final class Compatibility {

  private Compatibility() {
  }

  /** Why the new spec may not be released as it is, or empty when it may. */
  static Optional<String> problemsReleasing(String releasedYaml, String newYaml) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(releasedYaml, newYaml);
    String released = diff.getOldSpecOpenApi().getInfo().getVersion();
    String next = diff.getNewSpecOpenApi().getInfo().getVersion();
    if (!diff.isIncompatible() || breakingAllowed(released, next)) {
      return Optional.empty();
    }
    return Optional.of("Breaking change from " + released + " to " + next
        + " without a new major version:\n" + new MarkdownRender().render(diff));
  }

  static boolean breakingAllowed(String released, String next) {
    int[] from = parse(released);
    int[] to = parse(next);
    if (to[0] != from[0]) {
      return to[0] > from[0];
    }
    return from[0] == 0 && to[1] > from[1];
  }

  private static int[] parse(String version) {
    String[] parts = version.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a semantic version: " + version);
    }
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2])};
  }
}
