package it.dev.tizza.pizza;

import static it.dev.tizza.pizza.PizzaTesting.CREATOR;
import static it.dev.tizza.pizza.PizzaTesting.JSON;
import static it.dev.tizza.pizza.PizzaTesting.assertProblem;
import static it.dev.tizza.pizza.PizzaTesting.etag;
import static it.dev.tizza.pizza.PizzaTesting.openPizzeria;
import static it.dev.tizza.pizza.PizzaTesting.pizzaJson;
import static it.dev.tizza.pizza.PizzaTesting.pizzeriaJson;
import static it.dev.tizza.pizza.PizzaTesting.publish;
import static it.dev.tizza.pizza.PizzaTesting.read;
import static it.dev.tizza.pizza.PizzaTesting.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.Pizzeria;
import dev.tizza.platform.Contract;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class EditsIT {

  @Test
  public void shouldNeedTheCurrentEtagToChangeAPizza() throws Exception {
    Pizza pizza = publish(openPizzeria("Edittown").getId(), "Ortolana", "zucchini");
    String path = "/pizzas/" + pizza.getId();
    HttpResponse<String> read = send("GET", path, null, null);
    String body = pizzaJson("Ortolana 🍅 بيتزا Ñandú", "Grilled vegetables.", "zucchini",
        "aubergine");

    assertProblem(send("PUT", path, body, CREATOR), 428, "precondition-required");
    assertProblem(send("PUT", path, body, CREATOR, Map.of("If-Match", "\"999\"")), 412,
        "precondition-failed");
    FeedIT.like(pizza, 2);
    HttpResponse<String> changed = send("PUT", path, body, CREATOR,
        Map.of("If-Match", etag(read)));
    HttpResponse<String> stale = send("PUT", path, body, CREATOR,
        Map.of("If-Match", etag(read)));

    Pizza stored = read(changed, 200, Pizza.class);
    assertThat(stored.getTitle()).isEqualTo("Ortolana 🍅 بيتزا Ñandú");
    assertThat(stored.getToppings()).containsExactly("zucchini", "aubergine");
    assertThat(stored.getLikeCount()).isEqualTo(2);
    assertThat(etag(changed)).isNotEqualTo(etag(read));
    assertProblem(stale, 412, "precondition-failed");
    assertThat(read(send("GET", path, null, null), 200, Pizza.class).getTitle())
        .isEqualTo(stored.getTitle());
  }

  @Test
  public void shouldReorderGrowAndShrinkTheToppingsOfAPizza() throws Exception {
    Pizza pizza = publish(openPizzeria("Edittown").getId(), "Reordered", "a", "b");
    String path = "/pizzas/" + pizza.getId();
    List<List<String>> edits = List.of(List.of("b", "a"), List.of("b", "a"),
        List.of("c", "b", "a", "d"), List.of("a"), List.of("d", "c", "b", "a"), List.of("a"));

    for (List<String> toppings : edits) {
      String current = etag(send("GET", path, null, null));
      Pizza changed = read(send("PUT", path, pizzaJson("Reordered", "A test pizza.",
          toppings.toArray(String[]::new)), CREATOR, Map.of("If-Match", current)), 200,
          Pizza.class);

      assertThat(changed.getToppings()).containsExactlyElementsOf(toppings);
      assertThat(read(send("GET", path, null, null), 200, Pizza.class).getToppings())
          .containsExactlyElementsOf(toppings);
    }
  }

  @Test
  public void shouldRefuseImageUrlsABrowserCannotLoadAndStoreNothing() throws Exception {
    long place = openPizzeria("Edittown").getId();
    Pizza pizza = publish(place, "Pictured", "basil");
    String path = "/pizzas/" + pizza.getId();

    for (String url : List.of("http://%zz", "http://[::1", "https:///no-host", "http:no-slashes")) {
      String body = pizzaJson("Broken picture", "A test pizza.", "basil")
          .replace("}}", "},\"imageUrl\":" + JSON.toJson(url) + "}");
      assertProblem(send("POST", "/pizzerias/" + place + "/pizzas", body, CREATOR), 400,
          "validation");
      assertProblem(send("PUT", path, body, CREATOR,
          Map.of("If-Match", etag(send("GET", path, null, null)))), 400, "validation");
    }

    assertThat(read(send("GET", path, null, null), 200, Pizza.class).getImageUrl()).isNull();
    assertThat(send("GET", "/pizzas?pizzeriaId=" + place, null, null).statusCode())
        .isEqualTo(200);
  }

  @Test
  public void shouldNeedASpecificEtagAndATokenBeforeLookingAtTheBody() throws Exception {
    Pizza pizza = publish(openPizzeria("Edittown").getId(), "Starred", "basil");
    String path = "/pizzas/" + pizza.getId();

    assertProblem(send("PUT", path, pizzaJson("Starred", "x", "basil"), CREATOR,
        Map.of("If-Match", "*")), 428, "precondition-required");
    assertProblem(send("DELETE", path, null, CREATOR, Map.of("If-Match", "*")), 428,
        "precondition-required");
    assertProblem(send("POST", "/pizzerias", "{}", null), 401, "unauthorized");
    assertProblem(send("PUT", path, "{}", null), 401, "unauthorized");
  }

  @Test
  public void shouldAnswerNotModifiedForAnUnchangedPizzaWithItsCacheRule() throws Exception {
    Pizza pizza = publish(openPizzeria("Edittown").getId(), "Cached", "basil");
    String path = "/pizzas/" + pizza.getId();
    HttpResponse<String> first = send("GET", path, null, null);

    HttpResponse<String> again = send("GET", path, null, null,
        Map.of("If-None-Match", "\"0.0\", " + etag(first)));
    HttpResponse<String> other = send("GET", path, null, null,
        Map.of("If-None-Match", "\"0.0\""));

    assertThat(first.headers().firstValue("Cache-Control").orElseThrow().split(",\\s*"))
        .containsExactlyInAnyOrder("public", "no-cache");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @Test
  public void shouldStoreExactlyTheAcceptedEditsOf32ConcurrentEditors() throws Exception {
    Pizza pizza = publish(openPizzeria("Edittown").getId(), "Contested", "basil");
    String path = "/pizzas/" + pizza.getId();
    String firstTag = etag(send("GET", path, null, null));

    List<Callable<Integer>> editors = new ArrayList<>();
    for (int editor = 0; editor < 32; editor++) {
      String mark = "[editor " + editor + "]";
      editors.add(() -> {
        int refused = 0;
        while (true) {
          HttpResponse<String> current = send("GET", path, null, null);
          Pizza seen = read(current, 200, Pizza.class);
          HttpResponse<String> answer = send("PUT", path, pizzaJson(seen.getTitle(),
              seen.getDescription() + mark, "basil"), CREATOR,
              Map.of("If-Match", etag(current)));
          if (answer.statusCode() == 200) {
            return refused;
          }
          assertThat(answer.statusCode()).as(answer.body()).isEqualTo(412);
          refused++;
        }
      });
    }
    List<Integer> refusals = LikesIT.runAll(editors);

    HttpResponse<String> last = send("GET", path, null, null);
    String description = read(last, 200, Pizza.class).getDescription();
    for (int editor = 0; editor < 32; editor++) {
      String mark = "[editor " + editor + "]";
      assertThat(description.indexOf(mark)).as(mark).isNotNegative()
          .isEqualTo(description.lastIndexOf(mark));
    }
    assertThat(version(etag(last))).isEqualTo(version(firstTag) + 32);
    assertThat(refusals.stream().mapToInt(Integer::intValue).sum()).isPositive();
  }

  @Test
  public void shouldDeleteOnlyWithTheCurrentEtag() throws Exception {
    Pizzeria place = openPizzeria("Edittown");
    Pizza pizza = publish(place.getId(), "Short-lived", "basil");
    String path = "/pizzas/" + pizza.getId();
    String tag = etag(send("GET", path, null, null));

    assertProblem(send("DELETE", path, null, CREATOR), 428, "precondition-required");
    assertThat(send("DELETE", path, null, CREATOR, Map.of("If-Match", tag)).statusCode())
        .isEqualTo(204);
    assertProblem(send("GET", path, null, null), 404, "not-found");
    assertProblem(send("DELETE", path, null, CREATOR, Map.of("If-Match", tag)), 404,
        "not-found");
  }

  @Test
  public void shouldChangeAndCloseAPizzeriaWithTheCurrentEtag() throws Exception {
    String path = "/pizzerias/" + openPizzeria("Edittown").getId();
    HttpResponse<String> read = send("GET", path, null, null);

    HttpResponse<String> changed = send("PUT", path, pizzeriaJson("Renamed", "Bologna"),
        CREATOR, Map.of("If-Match", etag(read)));
    assertProblem(send("PUT", path, pizzeriaJson("Again", "Bologna"), CREATOR,
        Map.of("If-Match", etag(read))), 412, "precondition-failed");
    assertProblem(send("DELETE", path, null, CREATOR, Map.of("If-Match", "W/" + etag(changed))),
        412, "precondition-failed");
    HttpResponse<String> closed = send("DELETE", path, null, CREATOR,
        Map.of("If-Match", etag(changed)));

    assertThat(read(changed, 200, Pizzeria.class).getAddress().getCity()).isEqualTo("Bologna");
    assertThat(read.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    assertThat(closed.statusCode()).isEqualTo(204);
    assertProblem(send("GET", path, null, null), 404, "not-found");
  }

  @Test
  public void shouldAnswer201WithLocationAndRefuseOversizedAndNonJsonBodies() throws Exception {
    HttpResponse<String> opened = send("POST", "/pizzerias",
        pizzeriaJson("Located", "Genoa"), CREATOR);
    String location = opened.headers().firstValue("Location").orElseThrow();
    String huge = pizzaJson("Huge", "x".repeat(70_000), "basil");
    URI publish = URI.create(location + "/pizzas");

    assertThat(opened.statusCode()).isEqualTo(201);
    assertThat(location).matches(".*/api/pizzerias/\\d+");
    assertProblem(send("POST", "/pizzerias/1/pizzas", huge, CREATOR), 413,
        "payload-too-large");
    assertProblem(Contract.of("pizza").exchange(HttpRequest.newBuilder(publish)
        .header("Authorization", "Bearer " + CREATOR)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(huge.getBytes())))
        .header("Content-Type", "application/json").build()), 413, "payload-too-large");
    assertProblem(Contract.of("pizza").exchange(HttpRequest.newBuilder(publish)
        .header("Authorization", "Bearer " + CREATOR)
        .POST(HttpRequest.BodyPublishers.ofString(pizzaJson("Text", "", "basil")))
        .header("Content-Type", "text/plain").build()), 415, "unsupported-media-type");
  }

  static long version(String etag) {
    String value = etag.replace("\"", "");
    return Long.parseLong(value.contains(".") ? value.substring(0, value.indexOf('.')) : value);
  }
}
