package dev.tizza.bff.rest;

import dev.tizza.bff.api.CreatorApi;
import dev.tizza.bff.api.model.BillingSummary;
import dev.tizza.bff.api.model.Dashboard;
import dev.tizza.bff.api.model.DashboardCampaign;
import dev.tizza.bff.api.model.DashboardMe;
import dev.tizza.bff.api.model.DashboardPizza;
import dev.tizza.bff.api.model.DashboardPizzeria;
import dev.tizza.bff.api.model.Money;
import dev.tizza.bff.backend.BackendCalls;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.backend.Backends;
import dev.tizza.bff.backend.CallerToken;
import dev.tizza.bff.backend.ScreenBudget;
import dev.tizza.bff.backend.SlowlyChanging;
import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.ApiException;
import dev.tizza.client.auth.BillingApi;
import dev.tizza.client.auth.model.BillingProfile;
import dev.tizza.client.pizza.CampaignsApi;
import dev.tizza.client.pizza.PizzasApi;
import dev.tizza.client.pizza.PizzeriasApi;
import dev.tizza.client.pizza.model.Campaign;
import dev.tizza.client.pizza.model.CampaignPage;
import dev.tizza.client.pizza.model.FeedSort;
import dev.tizza.client.pizza.model.Pizza;
import dev.tizza.client.pizza.model.PizzaPage;
import dev.tizza.client.pizza.model.Pizzeria;
import dev.tizza.client.pizza.model.PizzeriaPage;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The creator's admin screen in one answer. Every section asked for is requested from its
 * backend at once, each guarded by its own timeout, so the screen takes about as long as its
 * slowest call; a section that fails is named in {@code degraded} instead of failing the screen.
 */
@RequestScoped
public class DashboardResource implements CreatorApi {

  /** The sections of the screen, in the order of the contract. */
  static final List<String> SECTIONS = List.of("me", "permissions", "billing", "pizzerias",
      "pizzas", "campaigns", "campaignOptions");

  /** The most items of one kind the screen shows. */
  private static final int MOST = 100;

  @Inject
  Backends backends;

  @Inject
  BackendCalls calls;

  @Inject
  SlowlyChanging slowlyChanging;

  @Inject
  ScreenBudget budget;

  @Context
  SecurityContext security;

  /** A section being fetched, and where its answer goes in the dashboard. */
  private record Section<T>(String name, String backend, CompletionStage<T> value,
      BiConsumer<Dashboard, T> into) {

    /** Puts the answer into the dashboard; false when it could not be had in time. */
    boolean fill(Dashboard dashboard, Instant deadline) {
      try {
        into.accept(dashboard, BackendFailures.await(backend, value, deadline));
        return true;
      } catch (ProblemException failed) {
        if (failed.problem().status() == 401) {
          throw failed;
        }
        return false;
      }
    }
  }

  @Override
  public Response getDashboard(String fields, String ifNoneMatch) {
    CallerToken token = CallerToken.of(security);
    Instant deadline = budget.deadline();
    Set<String> wanted = fields == null ? new LinkedHashSet<>(SECTIONS)
        : new LinkedHashSet<>(Arrays.asList(fields.split(",")));

    List<Section<?>> sections = new ArrayList<>();
    Set<String> cut = ConcurrentHashMap.newKeySet();
    for (String name : SECTIONS) {
      if (wanted.contains(name)) {
        sections.add(fetch(name, token, cut));
      }
    }
    Dashboard dashboard = new Dashboard();
    List<String> degraded = new ArrayList<>();
    for (Section<?> section : sections) {
      if (!section.fill(dashboard, deadline)) {
        degraded.add(section.name());
      }
    }
    if (degraded.size() == sections.size()) {
      throw new ProblemException(ProblemKind.BAD_GATEWAY,
          "None of the screen could be had from the backends; please try again shortly.");
    }
    dashboard.degraded(degraded);
    List<String> truncated = SECTIONS.stream()
        .filter(name -> cut.contains(name) && !degraded.contains(name)).toList();
    if (!truncated.isEmpty()) {
      dashboard.truncated(truncated);
    }

    Response.ResponseBuilder answer;
    if (degraded.isEmpty()) {
      // Only a whole screen gets a tag, so that no cache keeps a screen with holes.
      answer = ScreenTags.okOrNotModified(dashboard, ifNoneMatch);
    } else {
      answer = Response.ok(dashboard);
    }
    return answer.header("Cache-Control", "private, no-cache").build();
  }

  /** Starts fetching one section; a list cut at {@link #MOST} items adds its name to cut. */
  private Section<?> fetch(String name, CallerToken token, Set<String> cut) {
    UUID owner = token.userId();
    return switch (name) {
      case "me" -> new Section<>(name, "auth", calls.auth(true, () -> {
        var user = backends.auth(AccountsApi.class, token).getCurrentUser();
        return new DashboardMe().displayName(user.getDisplayName()).roles(user.getRoles()
            .stream().map(role -> DashboardMe.RolesEnum.fromString(role.toString())).toList());
      }), Dashboard::setMe);
      case "permissions" -> new Section<>(name, "auth", calls.auth(true,
          () -> backends.auth(AccountsApi.class, token).getCurrentPermissions()
              .getPermissions()), Dashboard::setPermissions);
      case "billing" -> new Section<>(name, "auth",
          calls.auth(true, () -> billing(backends.auth(BillingApi.class, token))),
          Dashboard::setBilling);
      case "pizzerias" -> new Section<>(name, "pizza", calls.pizza(true, () -> {
        PizzeriaPage page = backends.pizza(PizzeriasApi.class, token)
            .listPizzerias(null, MOST, null, owner, null);
        noteCut(name, page.getNextCursor(), cut);
        return page.getItems().stream().map(DashboardResource::toPizzeria).toList();
      }), Dashboard::setPizzerias);
      case "pizzas" -> new Section<>(name, "pizza", calls.pizza(true, () -> {
        PizzaPage page = backends.pizza(PizzasApi.class, token)
            .listPizzas(null, MOST, null, owner, null, null, null, FeedSort.NEWEST, null);
        noteCut(name, page.getNextCursor(), cut);
        return page.getItems().stream().map(DashboardResource::toPizza).toList();
      }), Dashboard::setPizzas);
      case "campaigns" -> new Section<>(name, "pizza", calls.pizza(true, () -> {
        CampaignPage page = backends.pizza(CampaignsApi.class, token)
            .listCampaigns(null, owner, null, null, MOST, null);
        noteCut(name, page.getNextCursor(), cut);
        return page.getItems().stream().map(DashboardResource::toCampaign).toList();
      }), Dashboard::setCampaigns);
      case "campaignOptions" -> new Section<>(name, "pizza", slowlyChanging.campaignOptions(),
          Dashboard::setCampaignOptions);
      default -> throw new IllegalArgumentException("No section " + name);
    };
  }

  private static void noteCut(String section, String nextCursor, Set<String> cut) {
    if (nextCursor != null) {
      cut.add(section);
    }
  }

  /**
   * The brand and last four digits only. No billing profile is not a failure, and neither is
   * a caller who may have none (only creators pay): both have nothing on file.
   */
  private static BillingSummary billing(BillingApi billing) throws ApiException {
    try {
      BillingProfile profile = billing.getBillingProfile();
      return new BillingSummary().onFile(true).brand(profile.getCardBrand().toString())
          .lastFour(profile.getCardLast4());
    } catch (ApiException answered) {
      int status = answered.getResponse().getStatus();
      if (status == 404 || status == 403) {
        return new BillingSummary().onFile(false);
      }
      throw answered;
    }
  }

  private static DashboardPizzeria toPizzeria(Pizzeria pizzeria) {
    return new DashboardPizzeria().id(pizzeria.getId()).name(pizzeria.getName())
        .city(pizzeria.getAddress().getCity());
  }

  static DashboardPizza toPizza(Pizza pizza) {
    return new DashboardPizza().id(pizza.getId()).pizzeriaId(pizza.getPizzeriaId())
        .title(pizza.getTitle())
        .price(new Money().amount(pizza.getPrice().getAmount())
            .currency(pizza.getPrice().getCurrency()))
        .likeCount(pizza.getLikeCount())
        .etag("\"" + pizza.getVersion() + "\"");
  }

  static DashboardCampaign toCampaign(Campaign campaign) {
    return new DashboardCampaign().id(campaign.getId()).pizzeriaId(campaign.getPizzeriaId())
        .title(campaign.getTitle()).discountPercent(campaign.getDiscountPercent())
        .startsAt(campaign.getStartsAt()).endsAt(campaign.getEndsAt())
        .status(DashboardCampaign.StatusEnum.fromString(campaign.getStatus().toString()))
        .pizzaIds(campaign.getPizzaIds())
        .etag("\"" + campaign.getVersion() + "\"");
  }
}
