package dev.tizza.pizza.store;

import dev.tizza.pizza.domain.Campaign;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizzeria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Campaigns of pizzerias in the pizza database. */
@ApplicationScoped
public class CampaignStore {

  @PersistenceContext(unitName = "pizza")
  EntityManager em;

  /**
   * Starts a campaign. The pizzeria's row is locked while its overlapping campaigns are
   * counted, so two campaigns started at once cannot both squeeze under the limit.
   */
  @Transactional
  public Optional<Campaign> start(long pizzeriaId, Consumer<Pizzeria> check,
      Function<Pizzeria, Campaign> campaignOf, Consumer<Long> overlapping) {
    Pizzeria pizzeria = em.find(Pizzeria.class, pizzeriaId, LockModeType.PESSIMISTIC_WRITE);
    if (pizzeria == null) {
      return Optional.empty();
    }
    check.accept(pizzeria);
    Campaign campaign = campaignOf.apply(pizzeria);
    overlapping.accept(em.createQuery("SELECT COUNT(c) FROM Campaign c"
            + " WHERE c.pizzeria = :pizzeria AND c.startsAt < :ends AND c.endsAt > :starts",
            Long.class)
        .setParameter("pizzeria", pizzeria)
        .setParameter("starts", campaign.startsAt())
        .setParameter("ends", campaign.endsAt())
        .getSingleResult());
    em.persist(campaign);
    em.flush();
    campaign.pizzaIds();
    return Optional.of(campaign);
  }

  /** How many of these pizza ids are pizzas of the pizzeria. */
  public long pizzasOf(long pizzeriaId, Set<Long> pizzaIds) {
    return em.createQuery("SELECT COUNT(p) FROM Pizza p"
            + " WHERE p.pizzeria.id = :pizzeria AND p.id IN :ids", Long.class)
        .setParameter("pizzeria", pizzeriaId)
        .setParameter("ids", pizzaIds)
        .getSingleResult();
  }

  @Transactional
  public Optional<Campaign> campaign(long id) {
    Optional<Campaign> campaign = Optional.ofNullable(em.find(Campaign.class, id));
    campaign.ifPresent(Campaign::pizzaIds);
    return campaign;
  }

  /**
   * Newest first, of some pizzerias, of one owner's or both, optionally only those in one
   * status at {@code now}.
   */
  @Transactional
  public PizzaStore.Page<Campaign> campaigns(Collection<Long> pizzeriaIds, Optional<UUID> owner,
      Optional<Campaign.Status> status, OffsetDateTime now, Optional<Cursor> after, int limit) {
    String when = status.map(wanted -> switch (wanted) {
      case SCHEDULED -> " AND c.startsAt > :now";
      case ACTIVE -> " AND c.startsAt <= :now AND c.endsAt > :now";
      case ENDED -> " AND c.endsAt <= :now";
    }).orElse("");
    TypedQuery<Campaign> query = em.createQuery("SELECT c FROM Campaign c WHERE c.id < :after"
            + (pizzeriaIds.isEmpty() ? "" : " AND c.pizzeria.id IN :pizzerias")
            + (owner.isPresent() ? " AND c.pizzeria.ownerId = :owner" : "") + when
            + " ORDER BY c.id DESC", Campaign.class)
        .setParameter("after", after.map(Cursor::lastId).orElse(Long.MAX_VALUE))
        .setHint("eclipselink.batch", "c.pizzaIds")
        .setHint("eclipselink.batch.type", "IN")
        .setMaxResults(limit + 1);
    if (!pizzeriaIds.isEmpty()) {
      query.setParameter("pizzerias", pizzeriaIds);
    }
    owner.ifPresent(id -> query.setParameter("owner", id));
    if (status.isPresent()) {
      query.setParameter("now", now);
    }
    List<Campaign> found = query.getResultList();
    found.forEach(Campaign::pizzaIds);
    if (found.size() <= limit) {
      return new PizzaStore.Page<>(found, Optional.empty());
    }
    List<Campaign> items = found.subList(0, limit);
    return new PizzaStore.Page<>(items,
        Optional.of(new Cursor(items.get(limit - 1).id())));
  }

  /** Runs a change on a campaign while its row is locked. */
  @Transactional
  public Optional<Campaign> change(long id, Consumer<Campaign> change) {
    Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (campaign == null) {
      return Optional.empty();
    }
    change.accept(campaign);
    em.flush();
    campaign.pizzaIds();
    return Optional.of(campaign);
  }

  @Transactional
  public boolean delete(long id, Consumer<Campaign> check) {
    Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (campaign == null) {
      return false;
    }
    check.accept(campaign);
    em.remove(campaign);
    return true;
  }
}
