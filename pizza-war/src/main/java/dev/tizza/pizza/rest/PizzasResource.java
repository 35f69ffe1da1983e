package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.PizzasApi;
import dev.tizza.pizza.api.model.NewPizza;
import dev.tizza.pizza.api.model.PizzaPage;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizza;
import dev.tizza.pizza.domain.Pizzeria;
import dev.tizza.pizza.store.PizzaStore;
import dev.tizza.platform.Parameters;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

@RequestScoped
public class PizzasResource implements PizzasApi {

  private static final Logger LOG = Logger.getLogger(PizzasResource.class.getName());

  @Inject
  PizzaStore store;

  @Context
  SecurityContext security;

  @Context
  UriInfo uriInfo;

  @Override
  public Response listPizzas(String cursor, Integer limit, Long pizzeriaId) {
    PizzaStore.Page<Pizza> page = store.pizzas(Optional.ofNullable(cursor).map(Cursor::decode),
        limit == null ? 20 : limit, Optional.ofNullable(pizzeriaId));

    PizzaPage body = new PizzaPage()
        .items(page.items().stream().map(PizzaMapper::toApi).toList())
        .nextCursor(page.next().map(Cursor::encode).orElse(null));
    return Response.ok(body).build();
  }

  @Override
  public Response getPizza(Long pizzaId) {
    Pizza pizza = store.pizza(Parameters.required(pizzaId, "pizzaId"))
        .orElseThrow(() -> notFound("pizza"));
    return Response.ok(PizzaMapper.toApi(pizza)).build();
  }

  @Override
  public Response publishPizza(Long pizzeriaId, NewPizza newPizza) {
    Parameters.noNullItems(newPizza.getToppings(), "toppings");
    Pizzeria pizzeria = store.pizzeria(Parameters.required(pizzeriaId, "pizzeriaId"))
        .orElseThrow(() -> notFound("pizzeria"));
    Caller.requireOwnerOrAdmin(security, pizzeria);

    Pizza pizza = store.publish(new Pizza(pizzeria, newPizza.getTitle(),
        newPizza.getDescription(), newPizza.getToppings(),
        new BigDecimal(newPizza.getPrice().getAmount()), newPizza.getPrice().getCurrency(),
        newPizza.getImageUrl()));
    LOG.info(() -> "Pizza " + pizza.id() + " published in pizzeria " + pizzeriaId);

    URI location = uriInfo.getBaseUriBuilder().path("pizzas").path(pizza.id().toString()).build();
    return Response.created(location).entity(PizzaMapper.toApi(pizza)).build();
  }

  static ProblemException notFound(String what) {
    return new ProblemException(ProblemKind.NOT_FOUND, "No such " + what + ".");
  }
}
