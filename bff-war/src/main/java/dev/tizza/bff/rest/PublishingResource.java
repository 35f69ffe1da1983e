package dev.tizza.bff.rest;

import dev.tizza.bff.api.PublishingApi;
import dev.tizza.bff.api.model.DashboardCampaign;
import dev.tizza.bff.api.model.DashboardPizza;
import dev.tizza.bff.api.model.NewCampaign;
import dev.tizza.bff.api.model.NewPizza;
import dev.tizza.bff.backend.BackendCalls;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.backend.Backends;
import dev.tizza.bff.backend.CallerToken;
import dev.tizza.client.pizza.CampaignsApi;
import dev.tizza.client.pizza.PizzasApi;
import dev.tizza.client.pizza.model.Money;
import dev.tizza.platform.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;

/**
 * The admin app's changes, passed to the pizza service with the caller's token and the
 * {@code If-Match} they sent; the pizza service decides who may change what. A change that
 * fails is reported, never made again on the caller's behalf.
 */
@RequestScoped
public class PublishingResource implements PublishingApi {

  @Inject
  Backends backends;

  @Inject
  BackendCalls calls;

  @Context
  SecurityContext security;

  @Override
  public Response publishPizza(Long pizzeriaId, NewPizza newPizza) {
    Parameters.required(pizzeriaId, "pizzeriaId");
    PizzasApi pizzas = backends.pizza(PizzasApi.class, CallerToken.of(security));
    DashboardPizza pizza = DashboardResource.toPizza(BackendFailures.await("pizza",
        calls.pizza(false, () -> pizzas.publishPizza(pizzeriaId, toBackend(newPizza)))));
    return Response.status(Response.Status.CREATED).entity(pizza).tag(tagOf(pizza.getEtag()))
        .build();
  }

  @Override
  public Response changePizza(Long pizzaId, NewPizza newPizza, String ifMatch) {
    Parameters.required(pizzaId, "pizzaId");
    PizzasApi pizzas = backends.pizza(PizzasApi.class, CallerToken.of(security));
    DashboardPizza pizza = DashboardResource.toPizza(BackendFailures.await("pizza",
        calls.pizza(false, () -> pizzas.updatePizza(pizzaId, toBackend(newPizza), ifMatch))));
    return Response.ok(pizza).tag(tagOf(pizza.getEtag())).build();
  }

  @Override
  public Response startCampaign(Long pizzeriaId, NewCampaign newCampaign) {
    Parameters.required(pizzeriaId, "pizzeriaId");
    CampaignsApi campaigns = backends.pizza(CampaignsApi.class, CallerToken.of(security));
    var wanted = new dev.tizza.client.pizza.model.NewCampaign()
        .title(newCampaign.getTitle())
        .discountPercent(newCampaign.getDiscountPercent())
        .durationDays(newCampaign.getDurationDays())
        .startsAt(newCampaign.getStartsAt())
        .pizzaIds(new LinkedHashSet<>(newCampaign.getPizzaIds()));
    DashboardCampaign campaign = DashboardResource.toCampaign(BackendFailures.await("pizza",
        calls.pizza(false, () -> campaigns.startCampaign(pizzeriaId, wanted))));
    return Response.status(Response.Status.CREATED).entity(campaign)
        .tag(tagOf(campaign.getEtag())).build();
  }

  @Override
  public Response stopCampaign(Long campaignId, String ifMatch) {
    Parameters.required(campaignId, "campaignId");
    CampaignsApi campaigns = backends.pizza(CampaignsApi.class, CallerToken.of(security));
    DashboardCampaign campaign = DashboardResource.toCampaign(BackendFailures.await("pizza",
        calls.pizza(false, () -> campaigns.stopCampaign(campaignId, ifMatch))));
    return Response.ok(campaign).tag(tagOf(campaign.getEtag())).build();
  }

  /** The header form of an etag the dashboard shows in quotes. */
  private static EntityTag tagOf(String quoted) {
    return new EntityTag(quoted.substring(1, quoted.length() - 1));
  }

  private static dev.tizza.client.pizza.model.NewPizza toBackend(NewPizza pizza) {
    return new dev.tizza.client.pizza.model.NewPizza()
        .title(pizza.getTitle())
        .description(pizza.getDescription())
        .toppings(pizza.getToppings())
        .price(new Money().amount(pizza.getPrice().getAmount())
            .currency(pizza.getPrice().getCurrency()))
        .imageUrl(pizza.getImageUrl());
  }
}
