package dev.tizza.bff;

import dev.tizza.platform.GeneratedCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedCodeTest {

  @Test
  void shouldGenerateOnlyJakartaAndJsonbCodeFromItsSpec() throws Exception {
    GeneratedCode.assertJakartaAndJsonbOnly(Path.of("target/generated-sources/openapi"),
        Path.of("target/generated-test-sources/openapi"));
  }
}
