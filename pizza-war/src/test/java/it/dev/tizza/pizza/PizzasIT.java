package it.dev.tizza.pizza;

import static it.dev.tizza.pizza.PizzaTesting.assertProblem;
import static it.dev.tizza.pizza.PizzaTesting.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tizza.client.pizza.PizzasApi;
import dev.tizza.client.pizza.PizzeriasApi;
import dev.tizza.client.pizza.model.Money;
import dev.tizza.client.pizza.model.NewPizza;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.PizzaPage;
import dev.tizza.client.pizza.model.Pizzeria;
import dev.tizza.client.pizza.model.PizzeriaPage;
import dev.tizza.platform.Contract;
import dev.tizza.platform.TestTokens;
import dev.tizza.platform.admin.SeedUsers;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jaxrs.RestClientBuilder;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class PizzasIT {

  @RESTClient
  public static PizzasApi pizzas;

  @RESTClient
  public static PizzeriasApi pizzerias;

  @Test
  public void shouldPageThroughTheSeededPizzasNewestFirstWithoutGapsOrRepeats()
      throws Exception {
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    do {
      PizzaPage page = pizzas.listPizzas(cursor, 50, null, null, null, null, null, null, null);
      page.getItems().forEach(pizza -> seen.add(pizza.getId()));
      cursor = page.getNextCursor();
    } while (cursor != null);

    assertThat(seen).hasSizeGreaterThanOrEqualTo(200);
    assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
    assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  public void shouldFilterThePizzasOfOnePizzeria() throws Exception {
    Pizzeria pizzeria = pizzerias.listPizzerias(null, 1, null, null, null).getItems().get(0);

    PizzaPage page = pizzas.listPizzas(null, 100, List.of(pizzeria.getId()), null, null, null, null,
        null, null);

    assertThat(page.getItems()).isNotEmpty()
        .allSatisfy(pizza -> assertThat(pizza.getPizzeriaId()).isEqualTo(pizzeria.getId()));
    assertThat(page.getItems().get(0).getToppings()).isNotEmpty();
    assertThat(page.getItems().get(0).getPrice().getAmount()).matches("\\d+\\.\\d{2}");
  }

  @Test
  public void shouldFetchSeveralPizzeriasInOneCall() throws Exception {
    PizzeriaPage all = pizzerias.listPizzerias(null, 100, null, null, null);
    List<Long> wanted = List.of(all.getItems().get(1).getId(), all.getItems().get(3).getId());

    PizzeriaPage found = pizzerias.listPizzerias(null, null, wanted, null, null);

    assertThat(all.getItems()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(found.getItems()).extracting(Pizzeria::getId)
        .containsExactlyInAnyOrderElementsOf(wanted);
    assertThat(found.getItems().get(0).getAddress().getCity()).isNotBlank();
  }

  @Test
  public void shouldLetTheOwnerPublishAPizzaThatCanThenBeRead() throws Exception {
    Pizzeria owned = pizzeriaOwnedBy(SeedUsers.CREATOR.id());
    PizzasApi asOwner = as(TestTokens.valid().forUser(SeedUsers.CREATOR.id(), "CREATOR"));

    Pizza published = asOwner.publishPizza(owned.getId(), margherita("Pizza ñ 🍕 مرحبا"));

    assertThat(published.getId()).isPositive();
    assertThat(published.getPizzeriaId()).isEqualTo(owned.getId());
    assertThat(published.getPrice().getAmount()).isEqualTo("12.50");
    assertThat(published.getLikeCount()).isZero();
    Pizza read = pizzas.getPizza(published.getId(), null);
    assertThat(read.getTitle()).isEqualTo("Pizza ñ 🍕 مرحبا");
    assertThat(read.getToppings()).containsExactly("tomato", "fior di latte", "basil");
    assertThat(pizzas.listPizzas(null, 1, null, null, null, null, null, null, null).getItems()
        .get(0).getId()).isEqualTo(published.getId());
  }

  @Test
  public void shouldAnswer201WithTheLocationOfTheNewPizza() throws Exception {
    Pizzeria owned = pizzeriaOwnedBy(SeedUsers.CREATOR.id());
    String token = TestTokens.valid().forUser(SeedUsers.CREATOR.id(), "CREATOR");

    HttpResponse<String> response = send("POST", "/pizzerias/" + owned.getId() + "/pizzas",
        "{\"title\":\"Rossa\",\"description\":\"\",\"toppings\":[\"tomato\"],"
            + "\"price\":{\"amount\":\"8\",\"currency\":\"EUR\"}}", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/api/pizzas/\\d+");
    HttpResponse<String> read = Contract.of("pizza")
        .exchange(HttpRequest.newBuilder(URI.create(location)).build());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"title\":\"Rossa\"").contains("\"amount\":\"8.00\"");
  }

  @Test
  public void shouldKeepOthersFromPublishingInAPizzeria() throws Exception {
    long pizzeriaId = pizzeriaOwnedBy(SeedUsers.CREATOR.id()).getId();
    UUID otherCreator = SeedUsers.SECOND_CREATOR.id();

    assertStatus(() -> pizzas.publishPizza(pizzeriaId, margherita("x")), 401);
    assertStatus(() -> as(TestTokens.valid().forUser(SeedUsers.DINER.id(), "DINER"))
        .publishPizza(pizzeriaId, margherita("x")), 403);
    assertStatus(() -> as(TestTokens.valid().forUser(otherCreator, "CREATOR"))
        .publishPizza(pizzeriaId, margherita("x")), 403);
    assertThat(as(TestTokens.valid().forUser(SeedUsers.ADMIN.id(), "ADMIN"))
        .publishPizza(pizzeriaId, margherita("By the admin")).getTitle())
        .isEqualTo("By the admin");
  }

  @Test
  public void shouldRejectForgedExpiredAndForeignTokens() throws Exception {
    long pizzeriaId = pizzeriaOwnedBy(SeedUsers.CREATOR.id()).getId();
    UUID owner = SeedUsers.CREATOR.id();
    String valid = TestTokens.valid().forUser(owner, "CREATOR");
    String[] parts = valid.split("\\.");
    String body = "{\"title\":\"x\",\"description\":\"\",\"toppings\":[\"a\"],"
        + "\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}";
    String path = "/pizzerias/" + pizzeriaId + "/pizzas";

    for (String token : List.of(
        TestTokens.valid().expired().forUser(owner, "CREATOR"),
        TestTokens.valid().issuedBy("https://evil.example").forUser(owner, "CREATOR"),
        TestTokens.valid().forAudience("someone-else").forUser(owner, "CREATOR"),
        parts[0] + "." + parts[1] + "." + parts[2].substring(0, 20) + "AAAA",
        "eyJhbGciOiJub25lIn0." + parts[1] + ".",
        TestTokens.valid().hs256WithThePublicKey(owner, "CREATOR"),
        "not-a-jwt")) {
      assertThat(send("POST", path, body, token).statusCode()).as(token).isEqualTo(401);
    }
  }

  @Test
  public void shouldAnswerBadInputWithProblems() throws Exception {
    long pizzeriaId = pizzeriaOwnedBy(SeedUsers.CREATOR.id()).getId();
    String token = TestTokens.valid().forUser(SeedUsers.CREATOR.id(), "CREATOR");
    String path = "/pizzerias/" + pizzeriaId + "/pizzas";

    assertProblem(send("GET", "/pizzas/999999999", null, null), 404, "not-found");
    assertProblem(send("GET", "/pizzerias/999999999", null, null), 404, "not-found");
    assertProblem(send("GET", "/pizzas/abc", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzas?limit=0", null, null), 400, "validation");
    assertProblem(send("GET", "/pizzas?limit=101", null, null), 400, "validation");
    assertProblem(send("GET", "/pizzas?limit=ten", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzas?cursor=bm90LWEtY3Vyc29y", null, null), 400,
        "invalid-parameter");
    assertProblem(send("GET", "/pizzas?cursor=%27%3B+drop+table", null, null), 400,
        "validation");
    assertProblem(send("POST", path, "{\"title\": ", token), 400, "malformed-body");
    assertProblem(send("POST", path, "{\"title\":\"x\"}", token), 400, "validation");
    assertProblem(send("POST", path, "{\"title\":\"" + "x".repeat(121)
        + "\",\"description\":\"\",\"toppings\":[\"a\"],"
        + "\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}", token), 400, "validation");
    assertProblem(send("POST", path, "{\"title\":\"x\",\"description\":\"\",\"toppings\":[],"
        + "\"price\":{\"amount\":\"1.999\",\"currency\":\"euro\"}}", token), 400, "validation");
    assertProblem(send("POST", path, "{\"title\":7,\"description\":\"\",\"toppings\":\"a\","
        + "\"price\":1}", token), 400, null);
    assertProblem(send("POST", path, "{\"title\":\"x\",\"z\":" + "[".repeat(1000)
        + "]".repeat(1000) + "}", token), 400, "malformed-body");
    assertProblem(send("POST", path, "[{\"title\":\"x\",\"description\":\"\",\"toppings\":"
        + "[\"a\"],\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}]", token), 400,
        "malformed-body");
    assertProblem(send("GET", "/pizzas/%20", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzerias/%20", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzerias?ids=", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzerias?ids=1&ids=", null, null), 400, "invalid-parameter");
    assertProblem(send("POST", path, "{\"title\":\"x\",\"description\":\"\",\"toppings\":"
        + "[null],\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}", token), 400, null);
    assertProblem(send("POST", path, "{\"title\":\"  \",\"description\":\"\",\"toppings\":"
        + "[\"a\"],\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}", token), 400,
        "validation");
    assertProblem(send("POST", path, "{\"title\":\"a\\u0000b\",\"description\":\"\","
        + "\"toppings\":[\"a\"],\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}", token),
        400, "validation");
    assertProblem(send("POST", "/pizzerias/999999999/pizzas", "{\"title\":\"x\","
        + "\"description\":\"\",\"toppings\":[\"a\"],\"price\":{\"amount\":\"1\","
        + "\"currency\":\"EUR\"}}", token), 404, "not-found");
  }

  @Test
  public void shouldServeItsSpecAsWritten() throws Exception {
    Contract.of("pizza").assertServedAsWritten(URI.create("http://localhost:"
        + System.getProperty("microshed_http_port")));
  }

  static Pizzeria pizzeriaOwnedBy(UUID owner) throws Exception {
    return pizzerias.listPizzerias(null, 100, null, null, null).getItems().stream()
        .filter(pizzeria -> pizzeria.getOwnerId().equals(owner))
        .findFirst().orElseThrow();
  }

  static PizzasApi as(String token) {
    return new RestClientBuilder().withJwt(token).build(PizzasApi.class);
  }

  static NewPizza margherita(String title) {
    return new NewPizza().title(title).description("Tomato, fior di latte, basil.")
        .toppings(List.of("tomato", "fior di latte", "basil"))
        .price(new Money().amount("12.5").currency("EUR"));
  }

  interface Call {
    void run() throws Exception;
  }

  static void assertStatus(Call call, int status) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(WebApplicationException.class,
        failure -> assertThat(failure.getResponse().getStatus()).isEqualTo(status));
  }
}
