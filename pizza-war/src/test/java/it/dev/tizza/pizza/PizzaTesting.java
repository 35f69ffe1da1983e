package it.dev.tizza.pizza;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.pizza.model.Campaign;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.Pizzeria;
import dev.tizza.platform.Contract;
import dev.tizza.platform.TestTokens;
import dev.tizza.platform.admin.SeedUsers;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * What the pizza integration tests share: raw HTTP checked against the pizza contract, tokens
 * for each kind of caller, and fresh pizzerias and pizzas so tests never edit each other's.
 */
final class PizzaTesting {

  static final Jsonb JSON = JsonbBuilder.create();

  static final String DINER = TestTokens.valid().forUser(SeedUsers.DINER.id(), "DINER");
  static final String CREATOR = TestTokens.valid()
      .forUser(SeedUsers.CREATOR.id(), "DINER", "CREATOR");
  static final String OTHER_CREATOR = TestTokens.valid()
      .forUser(SeedUsers.SECOND_CREATOR.id(), "DINER", "CREATOR");
  static final String ADMIN = TestTokens.valid()
      .forUser(SeedUsers.ADMIN.id(), "DINER", "ADMIN");

  private PizzaTesting() {
  }

  static HttpResponse<String> send(String method, String path, String json, String token)
      throws IOException, InterruptedException {
    return send(method, path, json, token, Map.of());
  }

  static HttpResponse<String> send(String method, String path, String json, String token,
      Map<String, String> headers) throws IOException, InterruptedException {
    return Contract.of("pizza").send(method, URI.create("http://localhost:"
        + System.getProperty("microshed_http_port") + "/api" + path), json, token, headers);
  }

  /**
   * A GET sent as bytes over a socket, for request lines that no URI class would build, such
   * as broken percent escapes; the whole answer, status line and headers included.
   */
  static String rawGet(String pathAndQuery) throws IOException {
    try (Socket socket = new Socket("localhost",
        Integer.parseInt(System.getProperty("microshed_http_port")))) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static <T> T read(HttpResponse<String> response, int status, Class<T> type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.fromJson(response.body(), type);
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** A new pizzeria of the seeded creator, in a city no other test uses. */
  static Pizzeria openPizzeria(String city) throws Exception {
    return read(send("POST", "/pizzerias", pizzeriaJson("Test " + UUID.randomUUID(), city),
        CREATOR), 201, Pizzeria.class);
  }

  static String pizzeriaJson(String name, String city) {
    return "{\"name\":\"" + name + "\",\"address\":{\"street\":\"Via Roma 1\",\"city\":\""
        + city + "\",\"postalCode\":\"00100\",\"country\":\"IT\"},\"phone\":\"+39 06 1234 5678\"}";
  }

  static Pizza publish(long pizzeriaId, String title, String... toppings) throws Exception {
    return read(send("POST", "/pizzerias/" + pizzeriaId + "/pizzas",
        pizzaJson(title, "A test pizza.", toppings), CREATOR), 201, Pizza.class);
  }

  static String pizzaJson(String title, String description, String... toppings) {
    return "{\"title\":" + JSON.toJson(title) + ",\"description\":" + JSON.toJson(description)
        + ",\"toppings\":" + JSON.toJson(toppings)
        + ",\"price\":{\"amount\":\"9.50\",\"currency\":\"EUR\"}}";
  }

  static Campaign read(HttpResponse<String> response, int status) {
    return read(response, status, Campaign.class);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    if (type != null) {
      assertThat(response.body()).contains("https://tizza.dev/problems/" + type);
    }
    assertThat(response.body()).doesNotContain("Exception");
  }
}
