package dev.tizza.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticFilesCacheFilterTest {

  @Test
  void shouldLetBrowsersKeepHashedAssetsForever() {
    assertThat(StaticFilesCacheFilter.cacheControlFor("/assets/index-DHXXaaIp.js"))
        .isEqualTo(StaticFilesCacheFilter.IMMUTABLE);
  }

  @Test
  void shouldMakeBrowsersRevalidateTheEntryPage() {
    assertThat(StaticFilesCacheFilter.cacheControlFor("/")).isEqualTo("no-cache");
    assertThat(StaticFilesCacheFilter.cacheControlFor("/index.html")).isEqualTo("no-cache");
  }

  @Test
  void shouldLeaveTheRuntimeConfigToItsResource() {
    assertThat(StaticFilesCacheFilter.cacheControlFor("/runtime/config.json")).isNull();
  }
}
