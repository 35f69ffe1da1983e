package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract checks of the integration tests fail when a service drifts from its spec. */
class ContractTest {

  private static final Path PIZZA_SPEC =
      Path.of("../api-specs/src/main/resources/openapi/pizza.yaml");

  private HttpServer server;

  @BeforeEach
  void startAFakeService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.start();
  }

  @AfterEach
  void stopIt() {
    server.stop(0);
  }

  @Test
  void shouldFailWhenTheServedSpecSaysSomethingElse() throws Exception {
    String written = Files.readString(PIZZA_SPEC);
    answer("/openapi", 200, "application/yaml",
        written.replace("title: tizza pizza API", "title: some other API"));

    assertThatThrownBy(() -> Contract.of("pizza").assertServedAsWritten(base()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the spec served");
  }

  @Test
  void shouldPassWhenTheServedSpecOnlyDiffersInVersionLineAndKeyOrder() throws Exception {
    String written = Files.readString(PIZZA_SPEC);
    answer("/openapi", 200, "application/yaml",
        written.replace("openapi: 3.0.3", "openapi: 3.1.0"));

    assertThatCode(() -> Contract.of("pizza").assertServedAsWritten(base()))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldFailAResponseThatBreaksTheSpec() throws Exception {
    answer("/api/pizzas/1", 200, "application/json", "{\"id\":\"not a number\"}");

    assertThatThrownBy(() -> Contract.of("pizza")
        .exchange(HttpRequest.newBuilder(base().resolve("/api/pizzas/1")).build()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("breaks pizza.yaml");
  }

  @Test
  void shouldFailAResponseThatBreaksTheSpecReceivedThroughAClient() throws Exception {
    answer("/api/pizzas/1", 200, "application/json", "{\"id\":\"not a number\"}");
    String before = System.getProperty("tizza.it.pizza.url");
    System.setProperty("tizza.it.pizza.url", base().resolve("/api").toString());
    jakarta.ws.rs.client.Client client = jakarta.ws.rs.client.ClientBuilder.newClient()
        .register(new ContractCheckedClients.Check());
    try {
      assertThatThrownBy(() -> client.target(base().resolve("/api/pizzas/1")).request().get())
          .hasStackTraceContaining("breaks pizza.yaml");
    } finally {
      client.close();
      if (before == null) {
        System.clearProperty("tizza.it.pizza.url");
      } else {
        System.setProperty("tizza.it.pizza.url", before);
      }
    }
  }

  @Test
  void shouldFailAStatusTheSpecDoesNotDocument() throws Exception {
    answer("/api/pizzas/1", 418, "application/problem+json",
        "{\"type\":\"x\",\"title\":\"teapot\",\"status\":418}");

    assertThatThrownBy(() -> Contract.of("pizza")
        .exchange(HttpRequest.newBuilder(base().resolve("/api/pizzas/1")).build()))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void shouldPassADocumentedProblem() throws Exception {
    answer("/api/pizzas/1", 404, "application/problem+json",
        "{\"type\":\"https://tizza.dev/problems/not-found\",\"title\":\"No such resource\","
            + "\"status\":404}");

    assertThatCode(() -> Contract.of("pizza")
        .exchange(HttpRequest.newBuilder(base().resolve("/api/pizzas/1")).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldCountWhichOperationsAndStatusCodesWereExercised() throws Exception {
    answer("/api/pizzerias/7", 404, "application/problem+json",
        "{\"type\":\"https://tizza.dev/problems/not-found\",\"title\":\"No such resource\","
            + "\"status\":404}");

    Contract.of("pizza").exchange(HttpRequest.newBuilder(base().resolve("/api/pizzerias/7"))
        .build());

    assertThat(ContractCoverage.of(PIZZA_SPEC.toAbsolutePath()).report())
        .contains("| `GET /pizzerias/{pizzeriaId}` | 404 | 200, 304, 400 |");
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void answer(String path, int status, String type, String body) {
    server.createContext(path, exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
  }
}
