package dev.tizza.bff.rest;

import dev.tizza.bff.api.FeedApi;
import dev.tizza.bff.api.model.FeedPage;
import dev.tizza.bff.api.model.FeedPizza;
import dev.tizza.bff.api.model.FeedSort;
import dev.tizza.bff.api.model.Like;
import dev.tizza.bff.api.model.Money;
import dev.tizza.bff.api.model.PizzeriaSummary;
import dev.tizza.bff.backend.BackendCalls;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.backend.Backends;
import dev.tizza.bff.backend.CallerToken;
import dev.tizza.bff.backend.ScreenBudget;
import dev.tizza.client.pizza.LikesApi;
import dev.tizza.client.pizza.PizzasApi;
import dev.tizza.client.pizza.PizzeriasApi;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.PizzaPage;
import dev.tizza.platform.Parameters;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import dev.tizza.client.pizza.model.Pizzeria;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The diner feed: a page of pizzas, each with the name and city of its pizzeria and, for a
 * signed-in diner, whether they like it. The pizzerias and the likes of a page come from one
 * call each, made side by side, never one call per pizza.
 */
@RequestScoped
public class FeedResource implements FeedApi {

  private static final Logger LOG = Logger.getLogger(FeedResource.class.getName());

  @Inject
  Backends backends;

  @Inject
  BackendCalls calls;

  @Inject
  ScreenBudget budget;

  @Context
  SecurityContext security;

  @Context
  HttpHeaders headers;

  @Override
  public Response getFeed(String cursor, Integer limit, FeedSort sort, String q, String topping,
      String city, String ifNoneMatch) {
    Optional<CallerToken> token = CallerToken.optional(security);
    if (token.isEmpty() && headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      // Public, but a token that was sent and is not valid is said so, so the app refreshes it.
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "The access token is not valid.");
    }
    Instant deadline = budget.deadline();
    var order = sort == FeedSort.MOST_LIKED
        ? dev.tizza.client.pizza.model.FeedSort.MOST_LIKED
        : dev.tizza.client.pizza.model.FeedSort.NEWEST;

    PizzasApi pizzas = backends.pizza(PizzasApi.class);
    PizzaPage page = BackendFailures.await("pizza", calls.pizza(true,
        () -> pizzas.listPizzas(cursor, limit, null, null, topping, city, q, order, null)),
        deadline);
    List<Long> pizzaIds = page.getItems().stream().map(Pizza::getId).toList();
    List<Long> pizzeriaIds = page.getItems().stream().map(Pizza::getPizzeriaId).distinct()
        .toList();
    CompletionStage<Map<Long, Pizzeria>> places = pizzeriaIds.isEmpty()
        ? CompletableFuture.completedFuture(Map.of())
        : calls.pizza(true, () -> backends.pizza(PizzeriasApi.class)
            .listPizzerias(null, null, pizzeriaIds, null, null).getItems().stream()
            .collect(Collectors.toMap(Pizzeria::getId, Function.identity())));
    CompletionStage<Set<Long>> liked = token.isEmpty() || pizzaIds.isEmpty()
        ? CompletableFuture.completedFuture(token.isEmpty() ? null : Set.of())
        : calls.pizza(true, () -> Set.copyOf(backends.pizza(LikesApi.class, token.get())
            .listMyLikes(pizzaIds).getPizzaIds()));

    Map<Long, Pizzeria> placesById = BackendFailures.await("pizza", places, deadline);
    Set<Long> likedIds = likedOrUnknown(liked, deadline);
    FeedPage feed = new FeedPage()
        .items(page.getItems().stream()
            .filter(pizza -> placesById.containsKey(pizza.getPizzeriaId()))
            .map(pizza -> toFeedPizza(pizza, placesById.get(pizza.getPizzeriaId()),
                likedIds == null ? null : likedIds.contains(pizza.getId())))
            .toList())
        .nextCursor(page.getNextCursor());

    // What a signed-in diner sees depends on them; the anonymous feed is the same for all.
    String cacheControl = token.isPresent() ? "private, no-cache" : "public, max-age=10";
    if (token.isPresent() && likedIds == null) {
      // A page without the caller's likes is a stopgap that no cache should keep.
      return Response.ok(feed).header("Cache-Control", "private, no-store").build();
    }
    // A shared cache keeps the anonymous page apart from a signed-in caller's.
    return ScreenTags.okOrNotModified(feed, ifNoneMatch).header("Cache-Control", cacheControl)
        .header("Vary", "Authorization").build();
  }

  @Override
  public Response likePizza(Long pizzaId) {
    Parameters.required(pizzaId, "pizzaId");
    LikesApi likes = backends.pizza(LikesApi.class, CallerToken.of(security));
    var like = BackendFailures.await("pizza", calls.pizza(false, () -> likes.likePizza(pizzaId)));
    return Response.ok(toLike(like)).build();
  }

  @Override
  public Response unlikePizza(Long pizzaId) {
    Parameters.required(pizzaId, "pizzaId");
    LikesApi likes = backends.pizza(LikesApi.class, CallerToken.of(security));
    var like = BackendFailures.await("pizza", calls.pizza(false, () -> likes.unlikePizza(pizzaId)));
    return Response.ok(toLike(like)).build();
  }

  /**
   * The caller's likes among the page; null for an anonymous caller, and when they could not
   * be had, so that the feed still shows, only without them.
   */
  private static Set<Long> likedOrUnknown(CompletionStage<Set<Long>> liked, Instant deadline) {
    try {
      return BackendFailures.await("pizza", liked, deadline);
    } catch (RuntimeException failed) {
      LOG.warning(() -> "The feed is shown without the caller's likes: " + failed.getMessage());
      return null;
    }
  }

  private static Like toLike(dev.tizza.client.pizza.model.Like like) {
    return new Like().pizzaId(like.getPizzaId()).liked(like.getLiked())
        .likeCount(like.getLikeCount());
  }

  private static FeedPizza toFeedPizza(Pizza pizza, Pizzeria pizzeria, Boolean likedByMe) {
    return new FeedPizza()
        .id(pizza.getId())
        .title(pizza.getTitle())
        .description(pizza.getDescription())
        .toppings(pizza.getToppings())
        .price(new Money().amount(pizza.getPrice().getAmount())
            .currency(pizza.getPrice().getCurrency()))
        .imageUrl(pizza.getImageUrl())
        .likeCount(pizza.getLikeCount())
        .likedByMe(likedByMe)
        .pizzeria(new PizzeriaSummary().id(pizzeria.getId()).name(pizzeria.getName())
            .city(pizzeria.getAddress().getCity()));
  }
}
