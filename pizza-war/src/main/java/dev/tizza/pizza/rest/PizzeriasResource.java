package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.PizzeriasApi;
import dev.tizza.pizza.api.model.NewPizzeria;
import dev.tizza.pizza.api.model.PizzeriaPage;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizzeria;
import dev.tizza.pizza.store.PizzaStore;
import dev.tizza.platform.Parameters;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Pizzerias: listed by anyone, opened, changed and closed by their creators. */
@RequestScoped
public class PizzeriasResource implements PizzeriasApi {

  private static final Logger LOG = Logger.getLogger(PizzeriasResource.class.getName());

  @Inject
  PizzaStore store;

  @Context
  SecurityContext security;

  @Context
  UriInfo uriInfo;

  @Override
  public Response listPizzerias(String cursor, Integer limit, List<Long> ids, UUID ownerId,
      String ifNoneMatch) {
    PizzeriaPage body = new PizzeriaPage();
    List<Pizzeria> items;
    if (ids != null && !ids.isEmpty()) {
      Parameters.noNullItems(ids, "ids");
      if (cursor != null || ownerId != null) {
        throw ProblemException.invalidField(cursor != null ? "cursor" : "ownerId",
            "cannot be combined with ids, which answers every pizzeria asked for at once");
      }
      items = store.pizzeriasById(ids);
    } else {
      PizzaStore.Page<Pizzeria> page = store.pizzerias(
          Optional.ofNullable(cursor).map(Cursor::decode), limit == null ? 20 : limit,
          Optional.ofNullable(ownerId));
      items = page.items();
      body.nextCursor(page.next().map(Cursor::encode).orElse(null));
    }
    body.items(items.stream().map(PizzaMapper::toApi).toList());

    List<String> versions = new java.util.ArrayList<>(
        items.stream().map(pizzeria -> pizzeria.id() + ":" + pizzeria.version()).toList());
    versions.add(body.getNextCursor());
    return Versions.okOrNotModified(ifNoneMatch, Versions.tagOfAll(versions),
        Versions.Caching.PIZZERIA, body);
  }

  @Override
  public Response getPizzeria(Long pizzeriaId, String ifNoneMatch) {
    Pizzeria pizzeria = store.pizzeria(Parameters.required(pizzeriaId, "pizzeriaId"))
        .orElseThrow(() -> PizzasResource.notFound("pizzeria"));
    return Versions.okOrNotModified(ifNoneMatch, tagOf(pizzeria), Versions.Caching.PIZZERIA,
        PizzaMapper.toApi(pizzeria));
  }

  @Override
  public Response openPizzeria(NewPizzeria opened) {
    Caller caller = Caller.creator(security);
    UUID owner = caller.id();
    if (opened.getOwnerId() != null && !opened.getOwnerId().equals(owner)) {
      if (!caller.isAdmin()) {
        throw new ProblemException(ProblemKind.FORBIDDEN,
            "Only an admin may open a pizzeria for someone else.");
      }
      owner = opened.getOwnerId();
    }

    Pizzeria pizzeria = store.open(PizzaMapper.toDomain(opened, owner));
    LOG.info(() -> "Pizzeria " + pizzeria.id() + " opened");

    URI location = uriInfo.getBaseUriBuilder().path("pizzerias")
        .path(pizzeria.id().toString()).build();
    return Response.created(location).tag(tagOf(pizzeria)).entity(PizzaMapper.toApi(pizzeria))
        .build();
  }

  @Override
  public Response updatePizzeria(Long pizzeriaId, NewPizzeria changed, String ifMatch) {
    Caller caller = Caller.creator(security);

    Pizzeria pizzeria = store.changePizzeria(Parameters.required(pizzeriaId, "pizzeriaId"),
        current -> {
          caller.requireOwnerOf(current);
          Versions.requireCurrent(ifMatch, current.version());
          current.change(changed.getName(), PizzaMapper.toDomain(changed.getAddress()),
              changed.getPhone());
        }).orElseThrow(() -> PizzasResource.notFound("pizzeria"));
    LOG.info(() -> "Pizzeria " + pizzeriaId + " changed, now version " + pizzeria.version());

    return Response.ok(PizzaMapper.toApi(pizzeria)).tag(tagOf(pizzeria)).build();
  }

  @Override
  public Response closePizzeria(Long pizzeriaId, String ifMatch) {
    Caller caller = Caller.creator(security);

    boolean closed = store.close(Parameters.required(pizzeriaId, "pizzeriaId"), current -> {
      caller.requireOwnerOf(current);
      Versions.requireCurrent(ifMatch, current.version());
    });
    if (!closed) {
      throw PizzasResource.notFound("pizzeria");
    }
    LOG.info(() -> "Pizzeria " + pizzeriaId + " closed");
    return Response.noContent().build();
  }

  static EntityTag tagOf(Pizzeria pizzeria) {
    return Versions.tag(pizzeria.version(), null);
  }
}
