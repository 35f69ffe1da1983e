package it.dev.tizza.bff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tizza.bff.testclient.model.Dashboard;
import dev.tizza.bff.testclient.model.DashboardCampaign;
import dev.tizza.bff.testclient.model.DashboardPizza;
import dev.tizza.bff.testclient.model.FeedPage;
import dev.tizza.bff.testclient.model.FeedPizza;
import dev.tizza.bff.testclient.model.Like;
import dev.tizza.bff.testclient.model.Session;
import dev.tizza.platform.Contract;
import dev.tizza.platform.admin.SeedUsers;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The web app's screens through the BFF, against the real auth and pizza services; also with
 * one of them stopped, to see the screens degrade and come back on their own.
 */
@MicroShedTest
public class ScreensAcrossServicesIT {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static String diner;
  private static String creator;

  @BeforeAll
  public static void logIn() throws Exception {
    BackendServers.awaitReady();
    diner = logIn(SeedUsers.DINER.email());
    creator = logIn(SeedUsers.CREATOR.email());
  }

  @Test
  public void shouldTellASignedInDinerWhichPizzasOfTheFeedTheyLike() throws Exception {
    FeedPizza pizza = read(send("GET", "/feed?limit=3", null, diner), 200, FeedPage.class)
        .getItems().get(2);
    String like = "/feed/" + pizza.getId() + "/like";

    Like given = read(send("PUT", like, null, diner), 200, Like.class);
    Like again = read(send("PUT", like, null, diner), 200, Like.class);
    FeedPizza seen = read(send("GET", "/feed?limit=3", null, diner), 200, FeedPage.class)
        .getItems().get(2);
    FeedPizza anonymous = read(send("GET", "/feed?limit=3", null, null), 200, FeedPage.class)
        .getItems().get(2);
    Like taken = read(send("DELETE", like, null, diner), 200, Like.class);

    assertThat(given.getLiked()).isTrue();
    assertThat(given.getLikeCount()).isEqualTo(pizza.getLikeCount() + 1);
    assertThat(again.getLikeCount()).isEqualTo(given.getLikeCount());
    assertThat(seen.getLikedByMe()).isTrue();
    assertThat(seen.getLikeCount()).isEqualTo(given.getLikeCount());
    assertThat(anonymous.getLikedByMe()).isNull();
    assertThat(taken.getLiked()).isFalse();
    assertThat(taken.getLikeCount()).isEqualTo(pizza.getLikeCount());
    assertThat(send("PUT", like, null, null).statusCode()).isEqualTo(401);
    assertThat(send("PUT", "/feed/999999999/like", null, diner).statusCode()).isEqualTo(404);
  }

  @Test
  public void shouldAnswerTheWholeCreatorDashboardInOneResponse() throws Exception {
    HttpResponse<String> answer = send("GET", "/dashboard", null, creator);
    Dashboard dashboard = read(answer, 200, Dashboard.class);
    long owned = FeedAcrossServicesIT.pizzeriaOf(SeedUsers.CREATOR.id());

    assertThat(dashboard.getDegraded()).isEmpty();
    assertThat(dashboard.getMe().getDisplayName()).isEqualTo(SeedUsers.CREATOR.displayName());
    assertThat(dashboard.getPermissions()).contains("pizzas:manage-own", "campaigns:manage-own");
    assertThat(dashboard.getBilling()).isNotNull();
    assertThat(dashboard.getPizzerias()).extracting("id").contains(owned);
    assertThat(dashboard.getPizzas()).isNotEmpty().allSatisfy(pizza -> {
      assertThat(dashboard.getPizzerias()).extracting("id").contains(pizza.getPizzeriaId());
      assertThat(pizza.getEtag()).matches("\"[0-9]+\"");
    });
    assertThat(dashboard.getCampaigns()).isNotNull();
    assertThat(dashboard.getCampaignOptions().getDurationsDays()).isNotEmpty();
    assertThat(answer.body()).doesNotContain("cardholder").doesNotContain("ownerId");
    assertThat(send("GET", "/dashboard", null, creator,
        Map.of("If-None-Match", answer.headers().firstValue("ETag").orElseThrow()))
        .statusCode()).isEqualTo(304);
  }

  @Test
  public void shouldKeepEveryCallersIdentityApartUnderConcurrentScreens() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        boolean asCreator = i % 2 == 0;
        answers.add(callers.submit(() -> {
          Dashboard seen = read(send("GET", "/dashboard?fields=me,pizzerias", null,
              asCreator ? creator : diner), 200, Dashboard.class);
          return seen.getMe().getDisplayName().equals(asCreator
              ? SeedUsers.CREATOR.displayName() : SeedUsers.DINER.displayName())
              && seen.getPizzerias().isEmpty() != asCreator;
        }));
      }
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).as("a screen showed another caller's data").isTrue();
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  public void shouldAnswerADinerWithAWholeDashboardThatHasNothingOnFile() throws Exception {
    HttpResponse<String> answer = send("GET", "/dashboard", null, diner);
    Dashboard dashboard = read(answer, 200, Dashboard.class);

    assertThat(dashboard.getDegraded()).isEmpty();
    assertThat(dashboard.getBilling().getOnFile()).isFalse();
    assertThat(dashboard.getPizzerias()).isEmpty();
    assertThat(answer.headers().firstValue("ETag")).isPresent();
  }

  @Test
  public void shouldSayWhichListsHoldOnlyTheirFirstHundredItems() throws Exception {
    String luca = logIn(SeedUsers.THIRD_CREATOR.email());
    long place = FeedAcrossServicesIT.pizzeriaOf(SeedUsers.THIRD_CREATOR.id());
    String pizza = "{\"title\":\"One of many\",\"description\":\"\",\"toppings\":[\"basil\"],"
        + "\"price\":{\"amount\":\"8.00\",\"currency\":\"EUR\"}}";
    int owned = read(send("GET", "/dashboard?fields=pizzas", null, luca), 200,
        Dashboard.class).getPizzas().size();
    for (int i = owned; i <= 100; i++) {
      read(send("POST", "/pizzerias/" + place + "/pizzas", pizza, luca), 201,
          DashboardPizza.class);
    }

    Dashboard cut = read(send("GET", "/dashboard?fields=pizzas,pizzerias", null, luca), 200,
        Dashboard.class);

    assertThat(cut.getPizzas()).hasSize(100);
    assertThat(cut.getTruncated()).containsExactly("pizzas");
    assertThat(read(send("GET", "/dashboard?fields=pizzerias", null, luca), 200,
        Dashboard.class).getTruncated()).isNullOrEmpty();
  }

  @Test
  public void shouldSendOnlyTheSectionsAskedFor() throws Exception {
    HttpResponse<String> answer = send("GET", "/dashboard?fields=campaignOptions,me", null,
        creator);

    assertThat(keysOf(answer)).containsExactly("campaignOptions", "degraded", "me");
    assertThat(send("GET", "/dashboard?fields=me,nothing", null, creator).statusCode())
        .isEqualTo(400);
    assertThat(send("GET", "/dashboard", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  public void shouldPublishAndChangePizzasOfTheCallersOwnPizzeriasOnly() throws Exception {
    long own = FeedAcrossServicesIT.pizzeriaOf(SeedUsers.CREATOR.id());
    long others = FeedAcrossServicesIT.pizzeriaOf(SeedUsers.SECOND_CREATOR.id());
    String pizza = "{\"title\":\"Through the BFF\",\"description\":\"Admin app.\","
        + "\"toppings\":[\"basil\"],\"price\":{\"amount\":\"11.00\",\"currency\":\"EUR\"}}";

    HttpResponse<String> published = send("POST", "/pizzerias/" + own + "/pizzas", pizza,
        creator);
    DashboardPizza created = read(published, 201, DashboardPizza.class);
    String path = "/pizzas/" + created.getId();
    HttpResponse<String> changed = send("PUT", path, pizza.replace("11.00", "12.50"), creator,
        Map.of("If-Match", created.getEtag()));
    HttpResponse<String> stale = send("PUT", path, pizza, creator,
        Map.of("If-Match", created.getEtag()));

    assertThat(published.headers().firstValue("ETag")).contains(created.getEtag());
    assertThat(read(changed, 200, DashboardPizza.class).getPrice().getAmount())
        .isEqualTo("12.50");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(send("PUT", path, pizza, creator).statusCode()).isEqualTo(428);
    assertThat(send("PUT", path, pizza, creator, Map.of("If-Match", "\"" + "9".repeat(300)
        + "\"")).body()).contains("\"field\":\"If-Match\"");
    assertThat(send("PUT", path, "null", creator, Map.of("If-Match", created.getEtag()))
        .body()).contains("\"field\":\"body\"");
    assertThat(send("POST", "/pizzerias/" + others + "/pizzas", pizza, creator).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/pizzerias/" + own + "/pizzas", pizza, diner).statusCode())
        .isEqualTo(403);
    assertThat(read(send("GET", "/dashboard?fields=pizzas", null, creator), 200,
        Dashboard.class).getPizzas()).extracting("id").contains(created.getId());
  }

  @Test
  public void shouldStartAndStopCampaignsWithinTheOptions() throws Exception {
    long own = FeedAcrossServicesIT.pizzeriaOf(SeedUsers.CREATOR.id());
    long pizza = read(send("GET", "/dashboard?fields=pizzas", null, creator), 200,
        Dashboard.class).getPizzas().stream().filter(p -> p.getPizzeriaId() == own)
        .findFirst().orElseThrow().getId();
    String campaign = "{\"title\":\"BFF week\",\"discountPercent\":15,\"durationDays\":1,"
        + "\"startsAt\":\"" + java.time.OffsetDateTime.now().plusDays(300) + "\","
        + "\"pizzaIds\":[" + pizza + "]}";

    DashboardCampaign started = read(send("POST", "/pizzerias/" + own + "/campaigns", campaign,
        creator), 201, DashboardCampaign.class);
    String stop = "/campaigns/" + started.getId() + "/stop";
    DashboardCampaign stopped = read(send("POST", stop, null, creator,
        Map.of("If-Match", started.getEtag())), 200, DashboardCampaign.class);

    assertThat(started.getStatus()).hasToString("SCHEDULED");
    assertThat(stopped.getStatus()).hasToString("ENDED");
    assertThat(send("POST", stop, null, creator, Map.of("If-Match", stopped.getEtag()))
        .statusCode()).isEqualTo(409);
    HttpResponse<String> wrapped = send("POST", "/pizzerias/" + own + "/campaigns",
        campaign.replace("\"discountPercent\":15", "\"discountPercent\":4294967311"), creator);
    HttpResponse<String> blankId = send("POST", "/campaigns/%20/stop", null, creator,
        Map.of("If-Match", started.getEtag()));
    HttpResponse<String> refused = send("POST", "/pizzerias/" + own + "/campaigns",
        campaign.replace("15", "99"), creator);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("discountPercent").doesNotContain("localhost");
    assertThat(wrapped.statusCode()).isEqualTo(400);
    assertThat(blankId.statusCode()).isEqualTo(400);
    assertThat(blankId.body()).contains("campaignId");
    assertThat(send("POST", "/campaigns/18446744073709551617/stop", null, creator,
        Map.of("If-Match", started.getEtag())).body()).contains("\"field\":\"campaignId\"")
        .doesNotContain("18446744073709551617");
  }

  @Test
  public void shouldAnswerAFeedPageTheCallerHoldsWithNotModified() throws Exception {
    HttpResponse<String> page = send("GET", "/feed?limit=4", null, null);
    String tag = page.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> same = send("GET", "/feed?limit=4", null, null,
        Map.of("If-None-Match", tag));
    HttpResponse<String> mine = send("GET", "/feed?limit=4", null, diner);
    FeedPizza first = read(mine, 200, FeedPage.class).getItems().get(0);

    send("PUT", "/feed/" + first.getId() + "/like", null, diner);
    HttpResponse<String> afterLike = send("GET", "/feed?limit=4", null, diner,
        Map.of("If-None-Match", mine.headers().firstValue("ETag").orElseThrow()));
    send("DELETE", "/feed/" + first.getId() + "/like", null, diner);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("public, max-age=10");
    assertThat(String.join(",", page.headers().allValues("Vary"))).contains("Authorization");
    assertThat(same.statusCode()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(mine.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(tag));
    assertThat(mine.headers().firstValue("Cache-Control")).contains("private, no-cache");
    assertThat(afterLike.statusCode()).isEqualTo(200);
  }

  @Test
  public void shouldAnswerWithinTheBudgetWhilePizzaHangsAndRecoverWhenItAnswers()
      throws Exception {
    long started;
    HttpResponse<String> degraded;
    Duration dashboardTook;
    HttpResponse<String> feed;
    Duration feedTook;
    BackendServers.freeze("pizza-it");
    try {
      started = System.nanoTime();
      degraded = send("GET", "/dashboard?fields=me,pizzas", null, creator);
      dashboardTook = Duration.ofNanos(System.nanoTime() - started);
      started = System.nanoTime();
      feed = send("GET", "/feed", null, null);
      feedTook = Duration.ofNanos(System.nanoTime() - started);
    } finally {
      BackendServers.thaw("pizza-it");
    }

    Dashboard partial = read(degraded, 200, Dashboard.class);
    assertThat(partial.getDegraded()).containsExactly("pizzas");
    assertThat(partial.getMe().getDisplayName()).isEqualTo(SeedUsers.CREATOR.displayName());
    // The screen budget of the test server is 1.5 s; a little more for the request itself.
    assertThat(dashboardTook).isBetween(Duration.ofMillis(1400), Duration.ofMillis(3000));
    assertThat(feed.statusCode()).isEqualTo(502);
    assertThat(feedTook).isLessThan(Duration.ofMillis(3000));
    awaitWholeDashboard();
  }

  @Test
  public void shouldShowWhatItCanWhilePizzaIsDownAndRecoverWhenItIsBack() throws Exception {
    BackendServers.stop("pizza-it");
    try {
      long started = System.nanoTime();
      HttpResponse<String> degraded = send("GET", "/dashboard?fields=me,pizzerias,pizzas",
          null, creator);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      HttpResponse<String> feed = send("GET", "/feed", null, null);

      Dashboard partial = read(degraded, 200, Dashboard.class);
      assertThat(partial.getDegraded()).containsExactly("pizzerias", "pizzas");
      assertThat(partial.getMe().getDisplayName()).isEqualTo(SeedUsers.CREATOR.displayName());
      assertThat(degraded.headers().firstValue("ETag")).isEmpty();
      assertThat(took).isLessThan(Duration.ofSeconds(5));
      assertThat(feed.statusCode()).isEqualTo(502);
      assertThat(feed.body()).doesNotContain("localhost").doesNotContain("19082");
    } finally {
      BackendServers.start("pizza-it");
    }

    awaitWholeDashboard();
  }

  @Test
  public void shouldShowWhatItCanWhileAuthIsDownAndRecoverWhenItIsBack() throws Exception {
    BackendServers.stop("auth-it");
    try {
      Dashboard partial = read(send("GET", "/dashboard?fields=me,permissions,billing,pizzas",
          null, creator), 200, Dashboard.class);

      assertThat(partial.getDegraded()).containsExactly("me", "permissions", "billing");
      assertThat(partial.getPizzas()).isNotEmpty();
      assertThat(send("GET", "/dashboard?fields=me", null, creator).statusCode())
          .isEqualTo(502);
    } finally {
      BackendServers.start("auth-it");
    }

    awaitWholeDashboard();
  }

  /**
   * Waits until every section of the dashboard comes again: the circuit breaker of a backend
   * lets calls through one by one before it closes, so one section may be back before the rest.
   */
  private static void awaitWholeDashboard() {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(
        () -> assertThat(read(send("GET", "/dashboard", null, creator), 200,
            Dashboard.class).getDegraded()).isEmpty());
  }

  private static String logIn(String email) throws Exception {
    return read(send("POST", "/login", "{\"email\":\"" + email + "\",\"password\":\""
        + SeedUsers.PASSWORD + "\"}", null), 200, Session.class).getAccessToken();
  }

  private static Set<String> keysOf(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new TreeSet<>(JSON.fromJson(answer.body(), Map.class).keySet());
  }

  static HttpResponse<String> send(String method, String path, String json, String token)
      throws Exception {
    return send(method, path, json, token, Map.of());
  }

  static HttpResponse<String> send(String method, String path, String json, String token,
      Map<String, String> headers) throws Exception {
    return Contract.of("bff").send(method,
        URI.create(System.getProperty("tizza.it.bff.url") + path), json, token, headers);
  }

  static <T> T read(HttpResponse<String> response, int status, Class<T> type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.fromJson(response.body(), type);
  }
}
