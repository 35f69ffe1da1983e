package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedCodeTest {

  @Test
  void shouldRefuseJavaxAndJacksonImports() {
    assertThat(GeneratedCode.isClean("package a;\nimport jakarta.ws.rs.GET;\n")).isTrue();
    assertThat(GeneratedCode.isClean("package a;\nimport javax.ws.rs.GET;\n")).isFalse();
    assertThat(GeneratedCode.isClean(
        "package a;\nimport com.fasterxml.jackson.annotation.JsonProperty;\n")).isFalse();
  }
}
