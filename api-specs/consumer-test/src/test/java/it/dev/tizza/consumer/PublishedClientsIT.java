package it.dev.tizza.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.SessionsApi;
import dev.tizza.client.auth.model.Credentials;
import dev.tizza.client.auth.model.Session;
import dev.tizza.client.auth.model.SignUp;
import dev.tizza.client.auth.model.User;
import dev.tizza.client.pizza.ApiException;
import dev.tizza.client.pizza.LikesApi;
import dev.tizza.client.pizza.PizzasApi;
import dev.tizza.client.pizza.model.FeedSort;
import dev.tizza.client.pizza.model.Like;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.PizzaPage;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a team outside tizza writes to show pizzas and let its users like them: the published
 * pizza-client and auth-client jars on a plain MicroProfile REST Client runtime (Apache CXF
 * here), nothing else of tizza's.
 */
public class PublishedClientsIT {

  private static final URI AUTH = URI.create(System.getProperty("tizza.it.auth.url"));
  private static final URI PIZZA = URI.create(System.getProperty("tizza.it.pizza.url"));

  @BeforeAll
  public static void awaitTheServices() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (URI api : new URI[] {AUTH, PIZZA}) {
      URI ready = api.resolve("/health/ready");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (!isReady(http, ready)) {
        assertThat(Instant.now()).as("%s is not ready", ready).isBefore(deadline);
        Thread.sleep(250);
      }
    }
  }

  @Test
  public void shouldPageThroughTheFeedWithoutSigningIn() throws Exception {
    PizzasApi pizzas = RestClientBuilder.newBuilder().baseUri(PIZZA).build(PizzasApi.class);

    PizzaPage first = pizzas.listPizzas(null, 5, null, null, null, null, null, FeedSort.NEWEST,
        null);
    PizzaPage second = pizzas.listPizzas(first.getNextCursor(), 5, null, null, null, null, null,
        FeedSort.NEWEST, null);

    assertThat(first.getItems()).hasSize(5).allSatisfy(pizza -> {
      assertThat(pizza.getTitle()).isNotBlank();
      assertThat(pizza.getPrice().getAmount()).matches("[0-9]+\\.[0-9]{2}");
    });
    assertThat(second.getItems()).hasSize(5).extracting(Pizza::getId)
        .doesNotContainAnyElementsOf(first.getItems().stream().map(Pizza::getId).toList());
  }

  @Test
  public void shouldSignUpLogInAndLikeAPizzaAsThatUser() throws Exception {
    String email = "consumer-" + UUID.randomUUID() + "@example.com";
    AccountsApi accounts = RestClientBuilder.newBuilder().baseUri(AUTH).build(AccountsApi.class);
    SessionsApi sessions = RestClientBuilder.newBuilder().baseUri(AUTH).build(SessionsApi.class);

    User created = accounts.signUp(new SignUp().email(email).password("another team's secret")
        .displayName("Consumer"));
    Session session = sessions.logIn(new Credentials().email(email)
        .password("another team's secret"));
    String token = session.getAccessToken();
    User me = signedIn(AUTH, token).build(AccountsApi.class).getCurrentUser();
    long pizzaId = RestClientBuilder.newBuilder().baseUri(PIZZA).build(PizzasApi.class)
        .listPizzas(null, 1, null, null, null, null, null, FeedSort.MOST_LIKED, null)
        .getItems().get(0).getId();
    LikesApi likes = signedIn(PIZZA, token).build(LikesApi.class);
    Like liked = likes.likePizza(pizzaId);
    Like unliked = likes.unlikePizza(pizzaId);

    assertThat(me.getId()).isEqualTo(created.getId());
    assertThat(me.getEmail()).isEqualTo(email);
    assertThat(liked.getLiked()).isTrue();
    assertThat(unliked.getLiked()).isFalse();
    assertThat(unliked.getLikeCount()).isEqualTo(liked.getLikeCount() - 1);
  }

  @Test
  public void shouldReportAProblemAsAnApiExceptionWithItsStatus() throws Exception {
    PizzasApi pizzas = RestClientBuilder.newBuilder().baseUri(PIZZA).build(PizzasApi.class);
    LikesApi anonymous = RestClientBuilder.newBuilder().baseUri(PIZZA).build(LikesApi.class);

    ApiException missing = catchThrowableOfType(ApiException.class,
        () -> pizzas.getPizza(987_654_321L, null));
    ApiException unsigned = catchThrowableOfType(ApiException.class,
        () -> anonymous.likePizza(1L));

    assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    assertThat(missing.getResponse().getMediaType().toString())
        .startsWith("application/problem+json");
    assertThat(unsigned.getResponse().getStatus()).isEqualTo(401);
  }

  /** A client builder that sends the user's access token with every call. */
  private static RestClientBuilder signedIn(URI api, String accessToken) {
    return RestClientBuilder.newBuilder().baseUri(api).register((ClientRequestFilter) request ->
        request.getHeaders().putSingle("Authorization", "Bearer " + accessToken));
  }

  private static boolean isReady(HttpClient http, URI ready) {
    try {
      return http.send(HttpRequest.newBuilder(ready).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception notYet) {
      return false;
    }
  }
}
