package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.LikesApi;
import dev.tizza.pizza.api.model.Like;
import dev.tizza.pizza.api.model.LikedPizzas;
import dev.tizza.pizza.store.LikeStore;
import dev.tizza.platform.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Diners liking pizzas. */
@RequestScoped
public class LikesResource implements LikesApi {

  @Inject
  LikeStore likes;

  @Context
  SecurityContext security;

  @Override
  public Response likePizza(Long pizzaId) {
    Caller caller = Caller.signedIn(security);
    long id = Parameters.required(pizzaId, "pizzaId");

    long count = likes.like(id, caller.id())
        .orElseThrow(() -> PizzasResource.notFound("pizza"));
    return Response.ok(new Like().pizzaId(id).liked(true).likeCount(count)).build();
  }

  @Override
  public Response unlikePizza(Long pizzaId) {
    Caller caller = Caller.signedIn(security);
    long id = Parameters.required(pizzaId, "pizzaId");

    long count = likes.unlike(id, caller.id())
        .orElseThrow(() -> PizzasResource.notFound("pizza"));
    return Response.ok(new Like().pizzaId(id).liked(false).likeCount(count)).build();
  }

  @Override
  public Response listMyLikes(List<Long> pizzaIds) {
    Caller caller = Caller.signedIn(security);
    Parameters.noNullItems(pizzaIds, "pizzaId");

    LikedPizzas body = new LikedPizzas().pizzaIds(likes.likedAmong(caller.id(), pizzaIds));
    return Response.ok(body).cacheControl(Versions.Caching.PERSONAL.header()).build();
  }
}
