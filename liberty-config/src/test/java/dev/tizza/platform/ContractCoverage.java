package dev.tizza.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which operations of a spec, and which of their documented status codes, the integration
 * tests of one module exercised. Written when the test JVM ends to
 * target/contract-coverage/SPEC.md, so that gaps are visible.
 */
final class ContractCoverage {

  private static final Map<Path, ContractCoverage> BY_SPEC = new ConcurrentHashMap<>();

  /** Documented "METHOD /path status" entries, by operation, in spec order. */
  private final Map<String, Set<String>> documented = new TreeMap<>();
  private final Map<String, Pattern> templates = new TreeMap<>();
  private final Set<String> exercised = ConcurrentHashMap.newKeySet();
  private final String name;

  private ContractCoverage(Path spec) {
    this.name = spec.getFileName().toString().replace(".yaml", "");
    OpenAPI api = new OpenAPIV3Parser().read(spec.toString());
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      templates.put(path.getKey(), Pattern.compile("/api" + path.getKey()
          .replaceAll("\\{[^}]+}", "[^/]+")));
      for (Map.Entry<PathItem.HttpMethod, Operation> operation
          : path.getValue().readOperationsMap().entrySet()) {
        String key = operation.getKey() + " " + path.getKey();
        documented.put(key, new TreeSet<>(operation.getValue().getResponses().keySet()));
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::write));
  }

  static ContractCoverage of(Path spec) {
    return BY_SPEC.computeIfAbsent(spec, ContractCoverage::new);
  }

  void record(String method, String rawPath, int status) {
    for (Map.Entry<String, Pattern> template : templates.entrySet()) {
      if (template.getValue().matcher(rawPath).matches()) {
        exercised.add(method + " " + template.getKey() + " " + status);
      }
    }
  }

  String report() {
    int operations = 0;
    int operationsHit = 0;
    int codes = 0;
    int codesHit = 0;
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Set<String>> operation : documented.entrySet()) {
      List<String> hit = new ArrayList<>();
      List<String> missed = new ArrayList<>();
      for (String status : operation.getValue()) {
        (exercised.contains(operation.getKey() + " " + status) ? hit : missed).add(status);
      }
      operations++;
      operationsHit += hit.isEmpty() ? 0 : 1;
      codes += operation.getValue().size();
      codesHit += hit.size();
      lines.add("| `" + operation.getKey() + "` | " + String.join(", ", hit) + " | "
          + String.join(", ", missed) + " |");
    }
    return "# Contract coverage of " + name + ".yaml\n\n"
        + "Operations exercised: " + operationsHit + " of " + operations
        + "; documented status codes exercised: " + codesHit + " of " + codes + ".\n\n"
        + "| operation | exercised | not exercised |\n| --- | --- | --- |\n"
        + String.join("\n", lines) + "\n";
  }

  private void write() {
    if (exercised.isEmpty()) {
      return;
    }
    try {
      Path file = Path.of("target", "contract-coverage", name + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
