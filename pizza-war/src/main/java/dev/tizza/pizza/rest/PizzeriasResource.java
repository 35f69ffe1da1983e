package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.PizzeriasApi;
import dev.tizza.pizza.api.model.PizzeriaPage;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizzeria;
import dev.tizza.pizza.store.PizzaStore;
import dev.tizza.platform.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

@RequestScoped
public class PizzeriasResource implements PizzeriasApi {

  @Inject
  PizzaStore store;

  @Override
  public Response listPizzerias(String cursor, Integer limit, List<Long> ids) {
    PizzeriaPage body = new PizzeriaPage();
    if (ids != null && !ids.isEmpty()) {
      Parameters.noNullItems(ids, "ids");
      body.items(store.pizzeriasById(ids).stream().map(PizzaMapper::toApi).toList());
      return Response.ok(body).build();
    }
    PizzaStore.Page<Pizzeria> page = store.pizzerias(
        Optional.ofNullable(cursor).map(Cursor::decode), limit == null ? 20 : limit);

    body.items(page.items().stream().map(PizzaMapper::toApi).toList())
        .nextCursor(page.next().map(Cursor::encode).orElse(null));
    return Response.ok(body).build();
  }

  @Override
  public Response getPizzeria(Long pizzeriaId) {
    Pizzeria pizzeria = store.pizzeria(Parameters.required(pizzeriaId, "pizzeriaId"))
        .orElseThrow(() -> PizzasResource.notFound("pizzeria"));
    return Response.ok(PizzaMapper.toApi(pizzeria)).build();
  }
}
