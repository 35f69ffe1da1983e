package it.dev.tizza.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The frontend server as a browser meets it: the built app at "/" and its runtime config. */
class FrontendIT {

  private static final Pattern MODULE_SCRIPT =
      Pattern.compile("<script[^>]*type=\"module\"[^>]*src=\"(/assets/[^\"]+\\.js)\"");

  // HTTP/1.1 as browsers speak it to a plain-HTTP server: the client's default h2c upgrade
  // makes Liberty hang on the welcome file at "/", which no browser would ever ask for.
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final String baseUrl = "http://localhost:" + System.getProperty("microshed_http_port");

  @Test
  void shouldServeTheBuiltAppAtTheRoot() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(page.body()).contains("<tizza-app>").containsPattern(MODULE_SCRIPT);
  }

  @Test
  void shouldServeTheScriptThatTheAppLoads() throws Exception {
    Matcher script = MODULE_SCRIPT.matcher(get("/").body());
    assertThat(script.find()).as("index.html loads a module script from /assets/").isTrue();

    HttpResponse<String> asset = get(script.group(1));

    assertThat(asset.statusCode()).isEqualTo(200);
    assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).contains("javascript"));
    assertThat(asset.headers().firstValue("Cache-Control")).hasValueSatisfying(
        cache -> assertThat(cache).contains("immutable"));
    assertThat(asset.body()).contains("tizza-feed");
  }

  @Test
  void shouldTellTheAppWhereTheBffIsFromTheEnvironment() throws Exception {
    String bffUrl = System.getProperty("tizza.it.bff.url", "http://localhost:19083/api");

    HttpResponse<String> config = get("/runtime/config.json");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(config.headers().firstValue("Cache-Control")).hasValueSatisfying(
        cache -> assertThat(cache).contains("no-store"));
    assertThat(config.body().replaceAll("\\s", ""))
        .isEqualTo("{\"apiBaseUrl\":\"" + bffUrl + "\"}");
  }

  @Test
  void shouldAnswerAnUnknownPathWithTheAppAndNoInternals() throws Exception {
    HttpResponse<String> page = get("/pizzas/5");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<tizza-app>").doesNotContain("Exception")
        .doesNotContain("SRVE");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
