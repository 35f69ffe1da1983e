package dev.tizza.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeConfigResourceTest {

  @Test
  void shouldHandTheAppTheBffUrlWithoutTrailingSlashes() {
    RuntimeConfigResource resource = new RuntimeConfigResource();
    resource.bffPublicUrl = " http://bff.test/api// ";

    assertThat(resource.currentConfig()).isEqualTo(new RuntimeConfig("http://bff.test/api"));
  }
}
