package it.dev.tizza.pizza;

import static it.dev.tizza.pizza.PizzaTesting.ADMIN;
import static it.dev.tizza.pizza.PizzaTesting.CREATOR;
import static it.dev.tizza.pizza.PizzaTesting.DINER;
import static it.dev.tizza.pizza.PizzaTesting.OTHER_CREATOR;
import static it.dev.tizza.pizza.PizzaTesting.etag;
import static it.dev.tizza.pizza.PizzaTesting.openPizzeria;
import static it.dev.tizza.pizza.PizzaTesting.pizzaJson;
import static it.dev.tizza.pizza.PizzaTesting.pizzeriaJson;
import static it.dev.tizza.pizza.PizzaTesting.publish;
import static it.dev.tizza.pizza.PizzaTesting.read;
import static it.dev.tizza.pizza.PizzaTesting.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every operation of the pizza API, called by every kind of caller, against things the seeded
 * creator owns: the pizza service itself decides, from the token alone.
 */
@MicroShedTest
public class PermissionsIT {

  /** The callers, in the order of the expected statuses below. */
  private static final Map<String, String> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("anonymous", null);
    CALLERS.put("diner", DINER);
    CALLERS.put("owner", CREATOR);
    CALLERS.put("other creator", OTHER_CREATOR);
    CALLERS.put("admin", ADMIN);
  }

  /** One operation on a fresh target, so that an allowed call never spoils the next one. */
  interface Operation {
    HttpResponse<String> call(String token) throws Exception;
  }

  @Test
  public void shouldAnswerEveryOperationForEveryKindOfCallerAsDocumented() throws Exception {
    long place = openPizzeria("Matrixville").getId();
    long pizza = publish(place, "Readable", "basil").getId();
    long campaign = read(send("POST", "/pizzerias/" + place + "/campaigns",
        CampaignsIT.campaignJson(10, 30, null, pizza), CREATOR), 201).getId();

    Map<String, Operation> operations = new LinkedHashMap<>();
    operations.put("list pizzas", token -> send("GET", "/pizzas", null, token));
    operations.put("get pizza", token -> send("GET", "/pizzas/" + pizza, null, token));
    operations.put("list pizzerias", token -> send("GET", "/pizzerias", null, token));
    operations.put("get pizzeria", token -> send("GET", "/pizzerias/" + place, null, token));
    operations.put("list campaigns", token -> send("GET", "/campaigns?pizzeriaId=" + place,
        null, token));
    operations.put("get campaign", token -> send("GET", "/campaigns/" + campaign, null,
        token));
    operations.put("campaign options", token -> send("GET", "/campaign-options", null, token));
    operations.put("like", token -> send("PUT", "/pizzas/" + pizza + "/like", null, token));
    operations.put("unlike", token -> send("DELETE", "/pizzas/" + pizza + "/like", null,
        token));
    operations.put("my likes", token -> send("GET", "/likes?pizzaId=" + pizza, null, token));
    operations.put("open pizzeria", token -> send("POST", "/pizzerias",
        pizzeriaJson("Opened", "Matrixville"), token));
    operations.put("change pizzeria", token -> {
      String path = "/pizzerias/" + openPizzeria("Matrixville").getId();
      return send("PUT", path, pizzeriaJson("Changed", "Matrixville"), token,
          Map.of("If-Match", etag(send("GET", path, null, null))));
    });
    operations.put("close pizzeria", token -> {
      String path = "/pizzerias/" + openPizzeria("Matrixville").getId();
      return send("DELETE", path, null, token,
          Map.of("If-Match", etag(send("GET", path, null, null))));
    });
    operations.put("publish pizza", token -> send("POST", "/pizzerias/" + place + "/pizzas",
        pizzaJson("Published", "", "basil"), token));
    operations.put("change pizza", token -> {
      String path = "/pizzas/" + publish(place, "To change", "basil").getId();
      return send("PUT", path, pizzaJson("Changed", "", "basil"), token,
          Map.of("If-Match", etag(send("GET", path, null, null))));
    });
    operations.put("delete pizza", token -> {
      String path = "/pizzas/" + publish(place, "To delete", "basil").getId();
      return send("DELETE", path, null, token,
          Map.of("If-Match", etag(send("GET", path, null, null))));
    });
    operations.put("start campaign", token -> {
      long fresh = openPizzeria("Matrixville").getId();
      long promoted = publish(fresh, "Promoted", "basil").getId();
      return send("POST", "/pizzerias/" + fresh + "/campaigns",
          CampaignsIT.campaignJson(10, 7, null, promoted), token);
    });
    operations.put("stop campaign", token -> {
      HttpResponse<String> started = startedCampaign();
      return send("POST", "/campaigns/" + read(started, 201).getId() + "/stop", null, token,
          Map.of("If-Match", etag(started)));
    });
    operations.put("delete campaign", token -> {
      HttpResponse<String> started = startedCampaign();
      return send("DELETE", "/campaigns/" + read(started, 201).getId(), null, token,
          Map.of("If-Match", etag(started)));
    });

    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    List<Integer> anyone = List.of(200, 200, 200, 200, 200);
    for (String read : List.of("list pizzas", "get pizza", "list pizzerias", "get pizzeria",
        "list campaigns", "get campaign", "campaign options")) {
      expected.put(read, anyone);
    }
    expected.put("like", List.of(401, 200, 200, 200, 200));
    expected.put("unlike", List.of(401, 200, 200, 200, 200));
    expected.put("my likes", List.of(401, 200, 200, 200, 200));
    expected.put("open pizzeria", List.of(401, 403, 201, 201, 201));
    expected.put("change pizzeria", List.of(401, 403, 200, 403, 200));
    expected.put("close pizzeria", List.of(401, 403, 204, 403, 204));
    expected.put("publish pizza", List.of(401, 403, 201, 403, 201));
    expected.put("change pizza", List.of(401, 403, 200, 403, 200));
    expected.put("delete pizza", List.of(401, 403, 204, 403, 204));
    expected.put("start campaign", List.of(401, 403, 201, 403, 201));
    expected.put("stop campaign", List.of(401, 403, 200, 403, 200));
    expected.put("delete campaign", List.of(401, 403, 204, 403, 204));

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Operation> operation : operations.entrySet()) {
      int column = 0;
      for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
        int want = expected.get(operation.getKey()).get(column++);
        HttpResponse<String> answer = operation.getValue().call(caller.getValue());
        if (answer.statusCode() != want) {
          wrong.add(operation.getKey() + " as " + caller.getKey() + ": " + answer.statusCode()
              + " instead of " + want + " " + answer.body());
        }
      }
    }
    assertThat(expected.keySet()).containsExactlyElementsOf(operations.keySet());
    assertThat(wrong).isEmpty();
  }

  private static HttpResponse<String> startedCampaign() throws Exception {
    long fresh = openPizzeria("Matrixville").getId();
    long promoted = publish(fresh, "Promoted", "basil").getId();
    return send("POST", "/pizzerias/" + fresh + "/campaigns",
        CampaignsIT.campaignJson(10, 7, null, promoted), CREATOR);
  }
}
