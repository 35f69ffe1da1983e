package dev.tizza.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** No spec breaks its callers by surprise: see Compatibility and released/. */
class BreakingChangeTest {

  private static final Path SPECS = Path.of("src/main/resources/openapi");
  private static final Path RELEASED = Path.of("released");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void shouldKeepEverySpecCompatibleWithItsLastReleaseOrRaiseItsVersion() throws Exception {
    for (String name : List.of("auth", "pizza", "bff")) {
      Optional<String> problems = Compatibility.problemsReleasing(released(name),
          Files.readString(SPECS.resolve(name + ".yaml")));

      assertThat(problems).as(name).isEmpty();
    }
  }

  @Test
  void shouldRefuseARemovedResponseFieldUnderTheSameVersion() throws Exception {
    String broken = changed("pizza", spec -> removeProperty(schema(spec, "Pizza"), "likeCount"));

    assertThat(Compatibility.problemsReleasing(released("pizza"), broken)).get().asString()
        .contains("Breaking change from 0.1.0 to 0.1.0");
  }

  @Test
  void shouldRefuseANewRequiredRequestFieldUnderTheSameVersion() throws Exception {
    String broken = changed("auth", spec -> {
      Map<String, Object> signUp = schema(spec, "SignUp");
      properties(signUp).put("birthday", Map.of("type", "string", "format", "date"));
      required(signUp).add("birthday");
    });

    assertThat(Compatibility.problemsReleasing(released("auth"), broken)).isPresent();
  }

  @Test
  void shouldAcceptABreakingChangeThatRaisesTheMajorVersion() throws Exception {
    String nextMajor = changed("pizza", spec -> {
      removeProperty(schema(spec, "Pizza"), "likeCount");
      info(spec).put("version", "0.2.0");
    });

    assertThat(Compatibility.problemsReleasing(released("pizza"), nextMajor)).isEmpty();
    assertThat(Compatibility.breakingAllowed("1.4.2", "2.0.0")).isTrue();
    assertThat(Compatibility.breakingAllowed("1.4.2", "1.5.0")).isFalse();
    assertThat(Compatibility.breakingAllowed("0.1.0", "0.1.1")).isFalse();
  }

  @Test
  void shouldAcceptAnAddedOptionalResponseField() throws Exception {
    String added = changed("pizza",
        spec -> properties(schema(spec, "Pizza")).put("spicy", Map.of("type", "boolean")));

    assertThat(Compatibility.problemsReleasing(released("pizza"), added)).isEmpty();
  }

  private static String released(String name) throws Exception {
    return Files.readString(RELEASED.resolve(name + ".yaml"));
  }

  private static String changed(String name, Consumer<Map<String, Object>> change)
      throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = YAML.readValue(released(name), Map.class);
    change.accept(spec);
    return YAML.writeValueAsString(spec);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(Map<String, Object> spec, String name) {
    Map<String, Object> components = (Map<String, Object>) spec.get("components");
    return (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> info(Map<String, Object> spec) {
    return (Map<String, Object>) spec.get("info");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> schema) {
    return (Map<String, Object>) schema.get("properties");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> required(Map<String, Object> schema) {
    List<Object> required = new ArrayList<>((List<Object>) schema.get("required"));
    schema.put("required", required);
    return required;
  }

  private static void removeProperty(Map<String, Object> schema, String name) {
    properties(schema).remove(name);
    required(schema).remove(name);
  }
}
