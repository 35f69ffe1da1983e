package it.dev.tizza.pizza;

import static it.dev.tizza.pizza.PizzaTesting.assertProblem;
import static it.dev.tizza.pizza.PizzaTesting.openPizzeria;
import static it.dev.tizza.pizza.PizzaTesting.publish;
import static it.dev.tizza.pizza.PizzaTesting.read;
import static it.dev.tizza.pizza.PizzaTesting.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.pizza.model.Like;
import dev.tizza.client.pizza.model.LikedPizzas;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.platform.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class LikesIT {

  @Test
  public void shouldCountALikeGivenTwiceOnceAndTakeBackOneNeverGiven() throws Exception {
    Pizza pizza = publish(openPizzeria("Liketown").getId(), "Diavola", "salami");
    String diner = TestTokens.valid().forUser(UUID.randomUUID(), "DINER");
    String path = "/pizzas/" + pizza.getId() + "/like";

    Like first = read(send("PUT", path, null, diner), 200, Like.class);
    Like second = read(send("PUT", path, null, diner), 200, Like.class);
    Like takenBack = read(send("DELETE", path, null, diner), 200, Like.class);
    Like neverGiven = read(send("DELETE", path, null, diner), 200, Like.class);

    assertThat(first.getLiked()).isTrue();
    assertThat(first.getLikeCount()).isEqualTo(1);
    assertThat(second.getLikeCount()).isEqualTo(1);
    assertThat(takenBack.getLiked()).isFalse();
    assertThat(takenBack.getLikeCount()).isZero();
    assertThat(neverGiven.getLikeCount()).isZero();
  }

  @Test
  public void shouldCountLikesExactlyWhenManyDinersLikeAtOnce() throws Exception {
    Pizza pizza = publish(openPizzeria("Liketown").getId(), "Capricciosa", "artichoke");
    String path = "/pizzas/" + pizza.getId() + "/like";
    List<String> diners = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      diners.add(TestTokens.valid().forUser(UUID.randomUUID(), "DINER"));
    }

    List<Callable<Integer>> likes = new ArrayList<>();
    diners.forEach(diner -> likes.add(() -> send("PUT", path, null, diner).statusCode()));
    diners.subList(0, 10).forEach(diner -> likes.add(
        () -> send("PUT", path, null, diner).statusCode()));
    assertThat(runAll(likes)).containsOnly(200);
    List<Callable<Integer>> unlikes = new ArrayList<>();
    diners.subList(0, 15).forEach(diner -> unlikes.add(
        () -> send("DELETE", path, null, diner).statusCode()));
    assertThat(runAll(unlikes)).containsOnly(200);

    Pizza counted = read(send("GET", "/pizzas/" + pizza.getId(), null, null), 200, Pizza.class);
    assertThat(counted.getLikeCount()).isEqualTo(25);
  }

  @Test
  public void shouldTellWhichOfAPageOfPizzasTheCallerLikes() throws Exception {
    long place = openPizzeria("Liketown").getId();
    Pizza liked = publish(place, "Liked", "basil");
    Pizza notLiked = publish(place, "Not liked", "basil");
    String diner = TestTokens.valid().forUser(UUID.randomUUID(), "DINER");
    send("PUT", "/pizzas/" + liked.getId() + "/like", null, diner);

    LikedPizzas mine = read(send("GET", "/likes?pizzaId=" + liked.getId() + "&pizzaId="
        + notLiked.getId() + "&pizzaId=999999999", null, diner), 200, LikedPizzas.class);

    assertThat(mine.getPizzaIds()).containsExactly(liked.getId());
  }

  @Test
  public void shouldRefuseLikesFromAnonymousCallersAndForUnknownPizzas() throws Exception {
    String diner = TestTokens.valid().forUser(UUID.randomUUID(), "DINER");

    assertProblem(send("PUT", "/pizzas/1/like", null, null), 401, "unauthorized");
    assertProblem(send("GET", "/likes?pizzaId=1", null, null), 401, "unauthorized");
    assertProblem(send("PUT", "/pizzas/999999999/like", null, diner), 404, "not-found");
    assertProblem(send("DELETE", "/pizzas/999999999/like", null, diner), 404, "not-found");
    assertProblem(send("PUT", "/pizzas/x/like", null, diner), 400, "invalid-parameter");
    assertProblem(send("GET", "/likes", null, diner), 400, "validation");
  }

  static List<Integer> runAll(List<Callable<Integer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : pool.invokeAll(calls)) {
        statuses.add(status.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
