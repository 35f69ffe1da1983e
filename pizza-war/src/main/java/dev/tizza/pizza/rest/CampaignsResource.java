package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.CampaignsApi;
import dev.tizza.pizza.api.model.CampaignOptions;
import dev.tizza.pizza.api.model.CampaignPage;
import dev.tizza.pizza.api.model.CampaignStatus;
import dev.tizza.pizza.api.model.NewCampaign;
import dev.tizza.pizza.domain.Campaign;
import dev.tizza.pizza.domain.CampaignRules;
import dev.tizza.pizza.domain.Clock;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.store.CampaignStore;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Campaigns: time-boxed discounts a pizzeria runs on some of its pizzas. */
@RequestScoped
public class CampaignsResource implements CampaignsApi {

  private static final Logger LOG = Logger.getLogger(CampaignsResource.class.getName());

  /** A start a little in the past is a clock difference, not a wish to backdate. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  @Inject
  CampaignStore campaigns;

  @Inject
  CampaignRules rules;

  @Context
  SecurityContext security;

  @Context
  UriInfo uriInfo;

  @Override
  public Response getCampaignOptions() {
    CampaignOptions options = new CampaignOptions()
        .minDiscountPercent(rules.minDiscountPercent())
        .maxDiscountPercent(rules.maxDiscountPercent())
        .durationsDays(rules.durationsDays())
        .maxOverlappingPerPizzeria(rules.maxOverlapping());
    return Response.ok(options).cacheControl(Versions.Caching.OPTIONS.header()).build();
  }

  @Override
  public Response startCampaign(Long pizzeriaId, NewCampaign wanted) {
    Parameters.noNullItems(wanted.getPizzaIds(), "pizzaIds");
    Caller caller = Caller.creator(security);
    OffsetDateTime now = now();
    OffsetDateTime startsAt = wanted.getStartsAt() == null ? now : wanted.getStartsAt()
        .withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    checkAgainstRules(wanted, startsAt, now);
    long id = Parameters.required(pizzeriaId, "pizzeriaId");

    Campaign campaign = campaigns.start(id,
        pizzeria -> {
          caller.requireOwnerOf(pizzeria);
          if (campaigns.pizzasOf(id, wanted.getPizzaIds()) != wanted.getPizzaIds().size()) {
            throw invalid("pizzaIds", "must all be pizzas of this pizzeria");
          }
        },
        pizzeria -> new Campaign(pizzeria, wanted.getTitle(), wanted.getDiscountPercent(),
            startsAt, startsAt.plusDays(wanted.getDurationDays()), wanted.getPizzaIds()),
        overlapping -> {
          if (overlapping >= rules.maxOverlapping()) {
            throw new ProblemException(ProblemKind.CONFLICT, "This pizzeria already runs "
                + overlapping + " campaigns in that time; at most " + rules.maxOverlapping()
                + " may overlap.");
          }
        }).orElseThrow(() -> PizzasResource.notFound("pizzeria"));
    LOG.info(() -> "Campaign " + campaign.id() + " started in pizzeria " + id);

    URI location = uriInfo.getBaseUriBuilder().path("campaigns")
        .path(campaign.id().toString()).build();
    return Response.created(location).tag(tagOf(campaign, now))
        .entity(PizzaMapper.toApi(campaign, now)).build();
  }

  @Override
  public Response listCampaigns(List<Long> pizzeriaIds, UUID ownerId, CampaignStatus status,
      String cursor, Integer limit, String ifNoneMatch) {
    Parameters.noNullItems(pizzeriaIds, "pizzeriaId");
    List<Long> pizzerias = pizzeriaIds == null ? List.of() : pizzeriaIds;
    if (pizzerias.isEmpty() && ownerId == null) {
      throw invalid("pizzeriaId", "or ownerId is needed");
    }
    OffsetDateTime now = now();

    PizzaStore.Page<Campaign> page = campaigns.campaigns(pizzerias, Optional.ofNullable(ownerId),
        Optional.ofNullable(status).map(wanted -> Campaign.Status.valueOf(wanted.name())), now,
        Optional.ofNullable(cursor).map(Cursor::decode), limit == null ? 20 : limit);
    CampaignPage body = new CampaignPage()
        .items(page.items().stream().map(campaign -> PizzaMapper.toApi(campaign, now)).toList())
        .nextCursor(page.next().map(Cursor::encode).orElse(null));
    List<Object> versions = new ArrayList<>();
    page.items().forEach(campaign -> versions.add(campaign.id() + ":"
        + tagOf(campaign, now).getValue()));
    versions.add(body.getNextCursor());
    return Versions.okOrNotModified(ifNoneMatch, Versions.tagOfAll(versions),
        Versions.Caching.EDITABLE, body);
  }

  @Override
  public Response getCampaign(Long campaignId, String ifNoneMatch) {
    Campaign campaign = campaigns.campaign(Parameters.required(campaignId, "campaignId"))
        .orElseThrow(() -> PizzasResource.notFound("campaign"));
    OffsetDateTime now = now();
    return Versions.okOrNotModified(ifNoneMatch, tagOf(campaign, now),
        Versions.Caching.EDITABLE, PizzaMapper.toApi(campaign, now));
  }

  @Override
  public Response stopCampaign(Long campaignId, String ifMatch) {
    Caller caller = Caller.creator(security);
    OffsetDateTime now = now();

    Campaign campaign = campaigns.change(Parameters.required(campaignId, "campaignId"),
        current -> {
          caller.requireOwnerOf(current.pizzeria());
          Versions.requireCurrent(ifMatch, current.version());
          if (current.statusAt(now) == Campaign.Status.ENDED) {
            throw new ProblemException(ProblemKind.CONFLICT, "This campaign has ended.");
          }
          current.stop(now);
        }).orElseThrow(() -> PizzasResource.notFound("campaign"));
    LOG.info(() -> "Campaign " + campaignId + " stopped");

    return Response.ok(PizzaMapper.toApi(campaign, now)).tag(tagOf(campaign, now)).build();
  }

  @Override
  public Response deleteCampaign(Long campaignId, String ifMatch) {
    Caller caller = Caller.creator(security);

    boolean deleted = campaigns.delete(Parameters.required(campaignId, "campaignId"),
        current -> {
          caller.requireOwnerOf(current.pizzeria());
          Versions.requireCurrent(ifMatch, current.version());
        });
    if (!deleted) {
      throw PizzasResource.notFound("campaign");
    }
    LOG.info(() -> "Campaign " + campaignId + " deleted");
    return Response.noContent().build();
  }

  /** The bounds of this deployment, which the contract cannot know: 400 naming the field. */
  private void checkAgainstRules(NewCampaign wanted, OffsetDateTime startsAt,
      OffsetDateTime now) {
    int discount = wanted.getDiscountPercent();
    if (discount < rules.minDiscountPercent() || discount > rules.maxDiscountPercent()) {
      throw invalid("discountPercent", "must be between " + rules.minDiscountPercent()
          + " and " + rules.maxDiscountPercent());
    }
    if (!rules.durationsDays().contains(wanted.getDurationDays())) {
      throw invalid("durationDays", "must be one of " + rules.durationsDays());
    }
    if (startsAt.isBefore(now.minus(CLOCK_SKEW))) {
      throw invalid("startsAt", "may not be in the past");
    }
    if (startsAt.isAfter(now.plusDays(rules.maxDaysAhead()))) {
      throw invalid("startsAt", "may be at most " + rules.maxDaysAhead() + " days ahead");
    }
  }

  private static ProblemException invalid(String field, String message) {
    return ProblemException.invalidField(field, message);
  }

  private static EntityTag tagOf(Campaign campaign, OffsetDateTime now) {
    return Versions.tag(campaign.version(), campaign.statusAt(now).name().toLowerCase());
  }

  private static OffsetDateTime now() {
    return Clock.now();
  }
}
