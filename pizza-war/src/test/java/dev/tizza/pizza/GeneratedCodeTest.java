package dev.tizza.pizza;

import dev.tizza.platform.GeneratedCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedCodeTest {

  @Test
  void shouldGenerateOnlyJakartaAndJsonbCodeFromThePizzaSpec() throws Exception {
    GeneratedCode.assertJakartaAndJsonbOnly(Path.of("target/generated-sources/openapi"));
  }
}
