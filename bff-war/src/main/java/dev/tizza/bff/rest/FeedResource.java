package dev.tizza.bff.rest;

import dev.tizza.bff.api.FeedApi;
import dev.tizza.bff.api.model.FeedPage;
import dev.tizza.bff.api.model.FeedPizza;
import dev.tizza.bff.api.model.Money;
import dev.tizza.bff.api.model.PizzeriaSummary;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.client.pizza.ApiException;
import dev.tizza.bff.client.pizza.PizzasApi;
import dev.tizza.bff.client.pizza.PizzeriasApi;
import dev.tizza.bff.client.pizza.model.Pizza;
import dev.tizza.bff.client.pizza.model.PizzaPage;
import dev.tizza.bff.client.pizza.model.Pizzeria;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The diner feed: a page of pizzas, each with the name and city of its pizzeria. */
@RequestScoped
public class FeedResource implements FeedApi {

  @Inject
  @RestClient
  PizzasApi pizzas;

  @Inject
  @RestClient
  PizzeriasApi pizzerias;

  @Override
  public Response getFeed(String cursor, Integer limit) {
    PizzaPage page = BackendFailures.call("pizza",
        () -> pizzas.listPizzas(cursor, limit, null, null, null, null, null, null));
    Map<Long, Pizzeria> places = BackendFailures.call("pizza",
        () -> pizzeriasOf(page.getItems()));

    FeedPage feed = new FeedPage()
        .items(page.getItems().stream()
            .filter(pizza -> places.containsKey(pizza.getPizzeriaId()))
            .map(pizza -> toFeedPizza(pizza, places.get(pizza.getPizzeriaId())))
            .toList())
        .nextCursor(page.getNextCursor());
    return Response.ok(feed).build();
  }

  /** All the pizzerias of a page in one call, never one call per pizza. */
  private Map<Long, Pizzeria> pizzeriasOf(List<Pizza> page) throws ApiException {
    List<Long> ids = page.stream().map(Pizza::getPizzeriaId).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return pizzerias.listPizzerias(null, null, ids, null, null).getItems().stream()
        .collect(Collectors.toMap(Pizzeria::getId, Function.identity()));
  }

  private static FeedPizza toFeedPizza(Pizza pizza, Pizzeria pizzeria) {
    return new FeedPizza()
        .id(pizza.getId())
        .title(pizza.getTitle())
        .description(pizza.getDescription())
        .toppings(pizza.getToppings())
        .price(new Money().amount(pizza.getPrice().getAmount())
            .currency(pizza.getPrice().getCurrency()))
        .imageUrl(pizza.getImageUrl())
        .likeCount(pizza.getLikeCount())
        .pizzeria(new PizzeriaSummary().id(pizzeria.getId()).name(pizzeria.getName())
            .city(pizzeria.getAddress().getCity()));
  }
}
