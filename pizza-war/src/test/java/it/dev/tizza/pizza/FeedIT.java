package it.dev.tizza.pizza;

import static it.dev.tizza.pizza.PizzaTesting.assertProblem;
import static it.dev.tizza.pizza.PizzaTesting.etag;
import static it.dev.tizza.pizza.PizzaTesting.openPizzeria;
import static it.dev.tizza.pizza.PizzaTesting.publish;
import static it.dev.tizza.pizza.PizzaTesting.read;
import static it.dev.tizza.pizza.PizzaTesting.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.PizzaPage;
import dev.tizza.client.pizza.model.Pizzeria;
import dev.tizza.platform.TestTokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class FeedIT {

  @Test
  public void shouldFilterByCityToppingAndWordsOfTheText() throws Exception {
    String city = "Feedville " + UUID.randomUUID();
    Pizzeria place = openPizzeria(city);
    String word = "zq" + Long.toHexString(System.nanoTime());
    Pizza plain = publish(place.getId(), "Marinara", "tomato", "garlic");
    Pizza special = publish(place.getId(), "Crème " + word + " brûlée", "Tomato", "Nduja");
    Pizza white = publish(place.getId(), "Bianca", "mozzarella");

    assertThat(ids(page("?city=" + encode(city.toUpperCase())))).containsExactly(
        white.getId(), special.getId(), plain.getId());
    assertThat(ids(page("?city=" + encode(city) + "&topping=TOMATO")))
        .containsExactly(special.getId(), plain.getId());
    assertThat(ids(page("?q=" + encode(word.substring(0, 6) + " crè")))).containsExactly(
        special.getId());
    assertThat(ids(page("?pizzeriaId=" + place.getId() + "&topping=nduja")))
        .containsExactly(special.getId());
  }

  @Test
  public void shouldFindEveryMatchOfASearchWhetherNewOrFarBehindTheNewest() throws Exception {
    Pizzeria place = openPizzeria("Searchville " + UUID.randomUUID());
    String rare = "zr" + Long.toHexString(System.nanoTime());
    String common = "zc" + Long.toHexString(System.nanoTime());
    Pizza old = publish(place.getId(), "Pizza " + rare, "basil");
    List<Long> matches = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      matches.add(0, publish(place.getId(), "Pizza " + common + " " + i, "basil").getId());
    }

    PizzaPage first = page("?q=" + common);
    PizzaPage second = page("?q=" + common + "&cursor=" + first.getNextCursor());

    assertThat(ids(page("?q=" + rare))).containsExactly(old.getId());
    assertThat(ids(first)).containsExactlyElementsOf(matches.subList(0, 20));
    assertThat(ids(second)).containsExactlyElementsOf(matches.subList(20, 25));
    assertThat(second.getNextCursor()).isNull();
    assertThat(ids(page("?sort=mostLiked&q=" + rare))).containsExactly(old.getId());
  }

  @Test
  public void shouldRefuseRepeatedSingleParametersAndBrokenEscapes() throws Exception {
    for (String query : List.of("?limit=1&limit=2", "?sort=newest&sort=mostLiked")) {
      assertProblem(send("GET", "/pizzas" + query, null, null), 400, "invalid-parameter");
    }
    for (String query : List.of("?q=%zz", "?q=%", "?%zz")) {
      String answer = PizzaTesting.rawGet("/api/pizzas" + query);
      assertThat(answer).as(query).startsWith("HTTP/1.1 400")
          .contains("application/problem+json").contains("/problems/invalid-parameter");
    }
    assertProblem(send("GET", "/pizzerias?ids=1&ownerId=" + UUID.randomUUID(), null, null),
        400, "validation");
    assertThat(send("GET", "/pizzas?pizzeriaId=1&pizzeriaId=2", null, null).statusCode())
        .isEqualTo(200);
  }

  @Test
  public void shouldTreatSqlAndOperatorsInSearchTextAsPlainText() throws Exception {
    for (String text : List.of("'; DROP TABLE pizza; --", "%", "a & | ! :* (", "\\\"",
        "🍕", "مرحبا")) {
      HttpResponse<String> answer = send("GET", "/pizzas?q=" + encode(text), null, null);
      assertThat(answer.statusCode()).as(text + ": " + answer.body()).isEqualTo(200);
    }

    assertThat(ids(page("?limit=5"))).hasSize(5);
  }

  @Test
  public void shouldSortByMostLikedAndPageWithoutRepeats() throws Exception {
    String city = "Likeville " + UUID.randomUUID();
    Pizzeria place = openPizzeria(city);
    Pizza once = publish(place.getId(), "Once", "basil");
    Pizza thrice = publish(place.getId(), "Thrice", "basil");
    Pizza twice = publish(place.getId(), "Twice", "basil");
    Pizza never = publish(place.getId(), "Never", "basil");
    like(once, 1);
    like(thrice, 3);
    like(twice, 2);

    List<Long> seen = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    String cursor = null;
    do {
      PizzaPage page = page("?sort=mostLiked&limit=1&city=" + encode(city)
          + (cursor == null ? "" : "&cursor=" + cursor));
      page.getItems().forEach(pizza -> {
        seen.add(pizza.getId());
        counts.add(pizza.getLikeCount());
      });
      cursor = page.getNextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactly(thrice.getId(), twice.getId(), once.getId(), never.getId());
    assertThat(counts).containsExactly(3L, 2L, 1L, 0L);
  }

  @Test
  public void shouldKeepPagesStableWhilePizzasArePublished() throws Exception {
    String city = "Stableville " + UUID.randomUUID();
    Pizzeria place = openPizzeria(city);
    List<Long> published = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      published.add(0, publish(place.getId(), "Pizza " + i, "basil").getId());
    }

    PizzaPage first = page("?limit=2&city=" + encode(city));
    publish(place.getId(), "Newer than the first page", "basil");
    PizzaPage second = page("?limit=2&city=" + encode(city) + "&cursor="
        + first.getNextCursor());

    List<Long> seen = new ArrayList<>(ids(first));
    seen.addAll(ids(second));
    assertThat(seen).containsExactlyElementsOf(published);
    assertThat(second.getNextCursor()).isNull();
  }

  @Test
  public void shouldAnswerNotModifiedUntilAPizzaOnThePageChanges() throws Exception {
    String city = "Cacheville " + UUID.randomUUID();
    Pizza pizza = publish(openPizzeria(city).getId(), "Cached", "basil");
    String path = "/pizzas?city=" + encode(city);
    HttpResponse<String> first = send("GET", path, null, null);

    HttpResponse<String> again = send("GET", path, null, null,
        Map.of("If-None-Match", etag(first)));
    like(pizza, 1);
    HttpResponse<String> afterALike = send("GET", path, null, null,
        Map.of("If-None-Match", etag(first)));

    assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=10");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(etag(again)).isEqualTo(etag(first));
    assertThat(afterALike.statusCode()).isEqualTo(200);
    assertThat(etag(afterALike)).isNotEqualTo(etag(first));
  }

  @Test
  public void shouldRefuseUnknownAndMalformedQueryParameters() throws Exception {
    String newest = page("?limit=1").getNextCursor();

    HttpResponse<String> unknown = send("GET", "/pizzas?colour=red&limit=3", null, null);
    assertProblem(unknown, 400, "invalid-parameter");
    assertThat(unknown.body()).contains("colour");
    assertProblem(send("GET", "/pizzas?sort=random", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzas?pizzeriaId=abc", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzas?pizzeriaId=0", null, null), 400, "validation");
    assertProblem(send("GET", "/pizzas?topping=" + "x".repeat(41), null, null), 400,
        "validation");
    assertProblem(send("GET", "/pizzas?q=", null, null), 400, "validation");
    assertProblem(send("GET", "/pizzas?sort=mostLiked&cursor=" + newest, null, null), 400,
        "invalid-parameter");
    assertProblem(send("GET", "/pizzerias?owner=x", null, null), 400, "invalid-parameter");
    assertProblem(send("GET", "/pizzerias?ownerId=not-a-uuid", null, null), 400,
        "invalid-parameter");
  }

  static void like(Pizza pizza, int times) throws Exception {
    for (int i = 0; i < times; i++) {
      String diner = TestTokens.valid().forUser(UUID.randomUUID(), "DINER");
      assertThat(send("PUT", "/pizzas/" + pizza.getId() + "/like", null, diner).statusCode())
          .isEqualTo(200);
    }
  }

  static PizzaPage page(String query) throws Exception {
    return read(send("GET", "/pizzas" + query, null, null), 200, PizzaPage.class);
  }

  static List<Long> ids(PizzaPage page) {
    return page.getItems().stream().map(Pizza::getId).toList();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
