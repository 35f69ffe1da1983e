package dev.tizza.auth;

import dev.tizza.platform.GeneratedCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedCodeTest {

  @Test
  void shouldGenerateOnlyJakartaAndJsonbCodeFromTheAuthSpec() throws Exception {
    GeneratedCode.assertJakartaAndJsonbOnly(Path.of("target/generated-sources/openapi"));
  }
}
