package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.PizzasApi;
import dev.tizza.pizza.api.model.FeedSort;
import dev.tizza.pizza.api.model.NewPizza;
import dev.tizza.pizza.api.model.PizzaPage;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizza;
import dev.tizza.pizza.store.FeedQuery;
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
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The feed and the pizzas in it. */
@RequestScoped
public class PizzasResource implements PizzasApi {

  private static final Logger LOG = Logger.getLogger(PizzasResource.class.getName());

  @Inject
  PizzaStore store;

  /** How many pizzas in feed order a search looks through before it asks the text index. */
  @Inject
  @ConfigProperty(name = "feed.search.window", defaultValue = "" + FeedQuery.SEARCH_WINDOW)
  int searchWindow;

  @Context
  SecurityContext security;

  @Context
  UriInfo uriInfo;

  @Override
  public Response listPizzas(String cursor, Integer limit, List<Long> pizzeriaIds, UUID ownerId,
      String topping, String city, String q, FeedSort sort, String ifNoneMatch) {
    Parameters.noNullItems(pizzeriaIds, "pizzeriaId");
    FeedQuery query = new FeedQuery(pizzeriaIds == null ? List.of() : pizzeriaIds,
        Optional.ofNullable(ownerId), Optional.ofNullable(topping), Optional.ofNullable(city),
        Optional.ofNullable(q),
        sort == FeedSort.MOST_LIKED ? FeedQuery.Order.MOST_LIKED : FeedQuery.Order.NEWEST,
        Optional.ofNullable(cursor).map(Cursor::decode), limit == null ? 20 : limit,
        searchWindow);
    PizzaStore.Page<Pizza> page = store.feed(query);

    PizzaPage body = new PizzaPage()
        .items(page.items().stream().map(PizzaMapper::toApi).toList())
        .nextCursor(page.next().map(Cursor::encode).orElse(null));
    List<Object> versions = new ArrayList<>();
    page.items().forEach(pizza -> versions.add(pizza.id() + ":" + Versions.tag(pizza.version(),
        pizza.likeCount()).getValue()));
    versions.add(body.getNextCursor());
    return Versions.okOrNotModified(ifNoneMatch, Versions.tagOfAll(versions),
        Versions.Caching.FEED, body);
  }

  @Override
  public Response getPizza(Long pizzaId, String ifNoneMatch) {
    Pizza pizza = store.pizza(Parameters.required(pizzaId, "pizzaId"))
        .orElseThrow(() -> notFound("pizza"));
    return Versions.okOrNotModified(ifNoneMatch, tagOf(pizza), Versions.Caching.EDITABLE,
        PizzaMapper.toApi(pizza));
  }

  @Override
  public Response publishPizza(Long pizzeriaId, NewPizza newPizza) {
    Parameters.noNullItems(newPizza.getToppings(), "toppings");
    Caller caller = Caller.creator(security);

    Pizza pizza = store.publish(Parameters.required(pizzeriaId, "pizzeriaId"),
            caller::requireOwnerOf,
            pizzeria -> new Pizza(pizzeria, newPizza.getTitle(), newPizza.getDescription(),
                newPizza.getToppings(), new BigDecimal(newPizza.getPrice().getAmount()),
                newPizza.getPrice().getCurrency(), imageUrl(newPizza.getImageUrl())))
        .orElseThrow(() -> notFound("pizzeria"));
    LOG.info(() -> "Pizza " + pizza.id() + " published in pizzeria " + pizzeriaId);

    URI location = uriInfo.getBaseUriBuilder().path("pizzas").path(pizza.id().toString()).build();
    return Response.created(location).tag(tagOf(pizza)).entity(PizzaMapper.toApi(pizza))
        .build();
  }

  @Override
  public Response updatePizza(Long pizzaId, NewPizza changed, String ifMatch) {
    Parameters.noNullItems(changed.getToppings(), "toppings");
    Caller caller = Caller.creator(security);

    Pizza pizza = store.change(Parameters.required(pizzaId, "pizzaId"), current -> {
      caller.requireOwnerOf(current.pizzeria());
      Versions.requireCurrent(ifMatch, current.version());
      current.change(changed.getTitle(), changed.getDescription(), changed.getToppings(),
          new BigDecimal(changed.getPrice().getAmount()), changed.getPrice().getCurrency(),
          imageUrl(changed.getImageUrl()));
    }).orElseThrow(() -> notFound("pizza"));
    LOG.info(() -> "Pizza " + pizzaId + " changed, now version " + pizza.version());

    return Response.ok(PizzaMapper.toApi(pizza)).tag(tagOf(pizza)).build();
  }

  @Override
  public Response deletePizza(Long pizzaId, String ifMatch) {
    Caller caller = Caller.creator(security);

    boolean deleted = store.delete(Parameters.required(pizzaId, "pizzaId"), current -> {
      caller.requireOwnerOf(current.pizzeria());
      Versions.requireCurrent(ifMatch, current.version());
    });
    if (!deleted) {
      throw notFound("pizza");
    }
    LOG.info(() -> "Pizza " + pizzaId + " deleted");
    return Response.noContent().build();
  }

  /**
   * An image URL a browser can load: absolute http or https with a host. The contract's
   * pattern lets through text that only looks like one, such as a broken percent escape.
   */
  static String imageUrl(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI parsed = new URI(url);
      if (parsed.getHost() != null && parsed.getScheme() != null
          && List.of("http", "https").contains(parsed.getScheme().toLowerCase(Locale.ROOT))) {
        return url;
      }
    } catch (URISyntaxException notAUri) {
      // answered below
    }
    throw ProblemException.invalidField("imageUrl", "must be an absolute http or https URL");
  }

  static jakarta.ws.rs.core.EntityTag tagOf(Pizza pizza) {
    return Versions.tag(pizza.version(), pizza.likeCount());
  }

  static ProblemException notFound(String what) {
    return new ProblemException(ProblemKind.NOT_FOUND, "No such " + what + ".");
  }
}
