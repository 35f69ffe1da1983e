package it.dev.tizza.pizza;

import static it.dev.tizza.pizza.PizzaTesting.ADMIN;
import static it.dev.tizza.pizza.PizzaTesting.CREATOR;
import static it.dev.tizza.pizza.PizzaTesting.assertProblem;
import static it.dev.tizza.pizza.PizzaTesting.etag;
import static it.dev.tizza.pizza.PizzaTesting.openPizzeria;
import static it.dev.tizza.pizza.PizzaTesting.pizzaJson;
import static it.dev.tizza.pizza.PizzaTesting.pizzeriaJson;
import static it.dev.tizza.pizza.PizzaTesting.publish;
import static it.dev.tizza.pizza.PizzaTesting.read;
import static it.dev.tizza.pizza.PizzaTesting.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.pizza.model.Campaign;
import dev.tizza.client.pizza.model.CampaignOptions;
import dev.tizza.client.pizza.model.CampaignPage;
import dev.tizza.client.pizza.model.CampaignStatus;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.PizzaPage;
import dev.tizza.client.pizza.model.Pizzeria;
import java.net.http.HttpResponse;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class CampaignsIT {

  @Test
  public void shouldServeTheCampaignOptionsOfTheDeployment() throws Exception {
    HttpResponse<String> answer = send("GET", "/campaign-options", null, null);

    CampaignOptions options = read(answer, 200, CampaignOptions.class);
    assertThat(options.getMinDiscountPercent()).isEqualTo(5);
    assertThat(options.getMaxDiscountPercent()).isEqualTo(50);
    assertThat(options.getDurationsDays()).containsExactly(1, 3, 7, 14, 30);
    assertThat(options.getMaxOverlappingPerPizzeria()).isEqualTo(3);
    assertThat(answer.headers().firstValue("Cache-Control")).contains("public, max-age=300");
  }

  @Test
  public void shouldStartScheduleStopAndDeleteCampaigns() throws Exception {
    long place = openPizzeria("Promoville").getId();
    long pizza = publish(place, "Promoted", "basil").getId();

    HttpResponse<String> started = send("POST", "/pizzerias/" + place + "/campaigns",
        campaignJson(20, 7, null, pizza), CREATOR);
    Campaign running = read(started, 201);
    Campaign scheduled = read(send("POST", "/pizzerias/" + place + "/campaigns",
        campaignJson(10, 1, OffsetDateTime.now(ZoneOffset.UTC).plusDays(3), pizza), CREATOR),
        201);

    assertThat(started.headers().firstValue("Location")).get().asString()
        .endsWith("/api/campaigns/" + running.getId());
    assertThat(running.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
    assertThat(running.getEndsAt()).isEqualTo(running.getStartsAt().plusDays(7));
    assertThat(running.getPizzaIds()).containsExactly(pizza);
    assertThat(scheduled.getStatus()).isEqualTo(CampaignStatus.SCHEDULED);
    assertThat(list(place, "ACTIVE")).extracting(Campaign::getId)
        .containsExactly(running.getId());
    assertThat(list(place, "SCHEDULED")).extracting(Campaign::getId)
        .containsExactly(scheduled.getId());

    String path = "/campaigns/" + running.getId();
    assertProblem(send("POST", path + "/stop", null, CREATOR), 428, "precondition-required");
    HttpResponse<String> stopped = send("POST", path + "/stop", null, CREATOR,
        Map.of("If-Match", etag(started)));
    assertThat(read(stopped, 200).getStatus()).isEqualTo(CampaignStatus.ENDED);
    assertProblem(send("POST", path + "/stop", null, CREATOR,
        Map.of("If-Match", etag(stopped))), 409, "conflict");
    assertProblem(send("DELETE", path, null, CREATOR, Map.of("If-Match", etag(started))), 412,
        "precondition-failed");
    assertThat(send("DELETE", path, null, CREATOR, Map.of("If-Match", etag(stopped)))
        .statusCode()).isEqualTo(204);
    assertProblem(send("GET", path, null, null), 404, "not-found");
    assertThat(list(place, null)).extracting(Campaign::getId)
        .containsExactly(scheduled.getId());
  }

  @Test
  public void shouldStopAScheduledCampaignBeforeItStartsAndRetagItsDeletedPizzas()
      throws Exception {
    long place = openPizzeria("Promoville").getId();
    long pizza = publish(place, "Promoted", "basil").getId();
    HttpResponse<String> scheduled = send("POST", "/pizzerias/" + place + "/campaigns",
        campaignJson(10, 1, OffsetDateTime.now(ZoneOffset.UTC).plusDays(2), pizza), CREATOR);
    String path = "/campaigns/" + read(scheduled, 201).getId();

    Campaign stopped = read(send("POST", path + "/stop", null, CREATOR,
        Map.of("If-Match", etag(scheduled))), 200);
    HttpResponse<String> before = send("GET", path, null, null);
    assertThat(send("DELETE", "/pizzas/" + pizza, null, CREATOR, Map.of("If-Match",
        etag(send("GET", "/pizzas/" + pizza, null, null)))).statusCode()).isEqualTo(204);
    HttpResponse<String> after = send("GET", path, null, null,
        Map.of("If-None-Match", etag(before)));

    assertThat(stopped.getStatus()).isEqualTo(CampaignStatus.ENDED);
    assertThat(stopped.getEndsAt()).isEqualTo(stopped.getStartsAt());
    assertThat(read(before, 200).getPizzaIds()).containsExactly(pizza);
    assertThat(read(after, 200).getPizzaIds()).isEmpty();
  }

  @Test
  public void shouldTagPagesOfCampaigns() throws Exception {
    long place = openPizzeria("Promoville").getId();
    long pizza = publish(place, "Promoted", "basil").getId();
    read(send("POST", "/pizzerias/" + place + "/campaigns", campaignJson(20, 7, null, pizza),
        CREATOR), 201);
    HttpResponse<String> page = send("GET", "/campaigns?pizzeriaId=" + place, null, null);

    assertThat(send("GET", "/campaigns?pizzeriaId=" + place, null, null,
        Map.of("If-None-Match", etag(page))).statusCode()).isEqualTo(304);
  }

  @Test
  public void shouldKeepCampaignsWithinTheConfiguredRules() throws Exception {
    long place = openPizzeria("Promoville").getId();
    long pizza = publish(place, "Promoted", "basil").getId();
    long elsewhere = publish(openPizzeria("Promoville").getId(), "Not here", "basil").getId();
    String path = "/pizzerias/" + place + "/campaigns";

    assertFieldRefused(send("POST", path, campaignJson(60, 7, null, pizza), CREATOR),
        "discountPercent");
    assertFieldRefused(send("POST", path, campaignJson(20, 5, null, pizza), CREATOR),
        "durationDays");
    assertFieldRefused(send("POST", path, campaignJson(20, 7,
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), pizza), CREATOR), "startsAt");
    assertFieldRefused(send("POST", path, campaignJson(20, 7, null, elsewhere), CREATOR),
        "pizzaIds");
    assertProblem(send("POST", path, "{\"title\":\"x\",\"discountPercent\":\"many\"}",
        CREATOR), 400, null);
    // Numbers that do not fit are refused, not wrapped round to a pizza or discount nobody sent.
    assertProblem(send("POST", path, campaignJson(20, 7, null, pizza)
        .replace("[" + pizza + "]", "[" + BigInteger.TWO.pow(64).add(BigInteger.valueOf(pizza))
            + "]"), CREATOR), 400, null);
    assertProblem(send("POST", path, campaignJson(20, 7, null, pizza)
        .replace("\"discountPercent\":20", "\"discountPercent\":4294967316"), CREATOR), 400,
        null);
    assertProblem(send("POST", path, campaignJson(20, 7, null, pizza)
        .replace("\"durationDays\":7", "\"durationDays\":7.5"), CREATOR), 400, null);
    assertProblem(send("POST", path, campaignJson(20, 7, null, pizza)
        .replace("\"discountPercent\":20", "\"discountPercent\":[4294967316]"), CREATOR), 400,
        null);
    assertProblem(send("POST", path, campaignJson(20, 7, null, pizza)
        .replace("\"discountPercent\":20", "\"discountPercent\":99,\"discountPercent\":20"),
        CREATOR), 400, "malformed-body");
    for (int i = 0; i < 3; i++) {
      read(send("POST", path, campaignJson(20, 7, null, pizza), CREATOR), 201);
    }
    assertProblem(send("POST", path, campaignJson(20, 7, null, pizza), CREATOR), 409,
        "conflict");
    read(send("POST", path, campaignJson(20, 1, OffsetDateTime.now(ZoneOffset.UTC)
        .plusDays(8), pizza), CREATOR), 201);
  }

  @Test
  public void shouldListThePizzasAndCampaignsOfOneOwnerAndEditByVersion() throws Exception {
    UUID owner = UUID.randomUUID();
    String opened = pizzeriaJson("Owned " + owner, "Ownertown");
    long place = read(send("POST", "/pizzerias", opened.substring(0, opened.length() - 1)
        + ",\"ownerId\":\"" + owner + "\"}", ADMIN), 201, Pizzeria.class).getId();
    Pizza pizza = read(send("POST", "/pizzerias/" + place + "/pizzas",
        pizzaJson("Owner's own", "Only theirs.", "basil"), ADMIN), 201, Pizza.class);
    Campaign campaign = read(send("POST", "/pizzerias/" + place + "/campaigns",
        campaignJson(20, 7, null, pizza.getId()), ADMIN), 201);

    PizzaPage pizzas = read(send("GET", "/pizzas?ownerId=" + owner, null, null), 200,
        PizzaPage.class);
    CampaignPage campaigns = read(send("GET", "/campaigns?ownerId=" + owner, null, null), 200,
        CampaignPage.class);
    HttpResponse<String> changed = send("PUT", "/pizzas/" + pizza.getId(),
        pizzaJson("Owner's own, renamed", "Only theirs.", "basil"), ADMIN,
        Map.of("If-Match", "\"" + pizza.getVersion() + "\""));

    assertThat(pizzas.getItems()).extracting(Pizza::getId).containsExactly(pizza.getId());
    assertThat(campaigns.getItems()).extracting(Campaign::getId)
        .containsExactly(campaign.getId());
    assertThat(read(changed, 200, Pizza.class).getVersion()).isEqualTo(pizza.getVersion() + 1);
    assertFieldRefused(send("GET", "/campaigns", null, null), "pizzeriaId");
  }

  static java.util.List<Campaign> list(long pizzeriaId, String status) throws Exception {
    return read(send("GET", "/campaigns?pizzeriaId=" + pizzeriaId
        + (status == null ? "" : "&status=" + status), null, null), 200, CampaignPage.class)
        .getItems();
  }

  static String campaignJson(int discount, int days, OffsetDateTime startsAt, long pizzaId) {
    return "{\"title\":\"Week of the oven\",\"discountPercent\":" + discount
        + ",\"durationDays\":" + days
        + (startsAt == null ? "" : ",\"startsAt\":\"" + startsAt + "\"")
        + ",\"pizzaIds\":[" + pizzaId + "]}";
  }

  static void assertFieldRefused(HttpResponse<String> answer, String field) {
    assertProblem(answer, 400, "validation");
    assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
  }
}
