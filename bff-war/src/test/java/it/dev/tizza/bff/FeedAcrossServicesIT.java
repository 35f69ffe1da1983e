package it.dev.tizza.bff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tizza.client.pizza.model.PizzeriaPage;
import dev.tizza.bff.testclient.AccountApi;
import dev.tizza.bff.testclient.FeedApi;
import dev.tizza.bff.testclient.model.Credentials;
import dev.tizza.bff.testclient.model.FeedPage;
import dev.tizza.bff.testclient.model.FeedPizza;
import dev.tizza.bff.testclient.model.Session;
import dev.tizza.bff.testclient.model.SignUp;
import dev.tizza.platform.Contract;
import dev.tizza.platform.admin.SeedUsers;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;

/** The BFF against the real auth and pizza services, each on Liberty with PostgreSQL. */
@MicroShedTest
public class FeedAcrossServicesIT {

  @RESTClient
  public static FeedApi feed;

  @RESTClient
  public static AccountApi account;

  private static final Jsonb JSON = JsonbBuilder.create();

  @BeforeAll
  public static void waitForTheBackends() throws Exception {
    BackendServers.awaitReady();
  }

  @Test
  public void shouldShowAPizzaPublishedThroughThePizzaApiInTheFeed() throws Exception {
    Session creator = account.logIn(new Credentials().email(SeedUsers.CREATOR.email())
        .password(SeedUsers.PASSWORD));
    long pizzeriaId = pizzeriaOf(SeedUsers.CREATOR.id());
    String title = "Cross-service " + UUID.randomUUID();

    HttpResponse<String> published = Contract.of("pizza").exchange(HttpRequest.newBuilder(
            pizza("/pizzerias/" + pizzeriaId + "/pizzas"))
        .header("Authorization", "Bearer " + creator.getAccessToken())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\","
            + "\"description\":\"Made in a test.\",\"toppings\":[\"tomato\"],"
            + "\"price\":{\"amount\":\"9.90\",\"currency\":\"EUR\"}}"))
        .build());
    FeedPage page = feed.getFeed(null, 5, null, null, null, null, null);

    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    FeedPizza first = page.getItems().get(0);
    assertThat(published.headers().firstValue("Location")).get().asString()
        .endsWith("/pizzas/" + first.getId());
    assertThat(first.getTitle()).isEqualTo(title);
    assertThat(first.getPrice().getAmount()).isEqualTo("9.90");
    assertThat(first.getPizzeria().getId()).isEqualTo(pizzeriaId);
    assertThat(first.getPizzeria().getName()).isNotBlank();
    assertThat(first.getPizzeria().getCity()).isNotBlank();
    assertThat(page.getNextCursor()).isNotBlank();
  }

  @Test
  public void shouldPageTheSeededFeedWithPizzeriaNames() throws Exception {
    FeedPage first = feed.getFeed(null, 20, null, null, null, null, null);
    FeedPage second = feed.getFeed(first.getNextCursor(), 20, null, null, null, null, null);

    assertThat(first.getItems()).hasSize(20)
        .allSatisfy(pizza -> assertThat(pizza.getPizzeria().getName()).isNotBlank());
    assertThat(second.getItems()).hasSize(20);
    assertThat(second.getItems().get(0).getId()).isLessThan(first.getItems().get(19).getId());
  }

  @Test
  public void shouldSignUpAndLogInThroughTheBff() throws Exception {
    String email = "bff-" + UUID.randomUUID() + "@example.com";

    var created = account.signUp(new SignUp().email(email).password("a good long password")
        .displayName("Grace"));
    Session session = account.logIn(new Credentials().email(email)
        .password("a good long password"));

    assertThat(created.getEmail()).isEqualTo(email);
    assertThat(created.getRoles()).extracting(Object::toString).containsExactly("DINER");
    assertThat(session.getAccessToken()).contains(".");
    assertThat(session.getAccount().getId()).isEqualTo(created.getId());
    assertThatThrownBy(() -> account.signUp(new SignUp().email(email)
        .password("a good long password").displayName("Grace")))
        .isInstanceOfSatisfying(WebApplicationException.class,
            failure -> assertThat(failure.getResponse().getStatus()).isEqualTo(409));
  }

  @Test
  public void shouldAnswerBadInputWithItsOwnProblems() throws Exception {
    assertProblem(get("/feed?limit=0"), 400);
    assertProblem(get("/feed?limit=abc"), 400);
    assertProblem(get("/feed?cursor=bm9wZQ"), 400);
    assertProblem(post("/login", "{\"email\":\"nobody@example.com\",\"password\":\"wrong\"}"),
        401);
    assertProblem(post("/signup", "{\"email\":\"bad\"}"), 400);
    assertProblem(post("/signup", "{"), 400);
    HttpResponse<String> relayed = post("/signup",
        "{\"email\":\"x@example.com\",\"password\":\"short\",\"displayName\":\"X\"}");
    assertProblem(relayed, 400);
    assertThat(relayed.body()).contains("password").doesNotContain("localhost:1908");
  }

  /** The first seeded pizzeria of an owner, read from the pizza API. */
  @Test
  public void shouldServeItsSpecAsWritten() throws Exception {
    Contract.of("bff").assertServedAsWritten(bff("/"));
  }

  static long pizzeriaOf(UUID owner) throws Exception {
    String body = Contract.of("pizza")
        .exchange(HttpRequest.newBuilder(pizza("/pizzerias?limit=100")).build()).body();
    PizzeriaPage page = JSON.fromJson(body, PizzeriaPage.class);
    return page.getItems().stream().filter(p -> owner.equals(p.getOwnerId())).findFirst()
        .orElseThrow().getId();
  }

  static URI pizza(String path) {
    return URI.create(System.getProperty("tizza.it.pizza.url") + path);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return Contract.of("bff").exchange(HttpRequest.newBuilder(bff(path)).build());
  }

  static HttpResponse<String> post(String path, String json) throws Exception {
    return Contract.of("bff").exchange(HttpRequest.newBuilder(bff(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  static URI bff(String path) {
    return URI.create(System.getProperty("tizza.it.bff.url") + path);
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"type\":\"https://tizza.dev/problems/");
  }
}
