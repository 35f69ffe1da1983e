package dev.tizza.pizza.store;

import dev.tizza.pizza.domain.Clock;
import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizza;
import dev.tizza.pizza.domain.Pizzeria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes pizzas and pizzerias in the pizza database. */
@ApplicationScoped
public class PizzaStore {

  /** EclipseLink loads the toppings of a whole page in one extra query, not one per pizza. */
  private static final String BATCH_HINT = "eclipselink.batch";

  @PersistenceContext(unitName = "pizza")
  EntityManager em;

  /** A page of results plus one look-ahead item that tells whether another page exists. */
  public record Page<T>(List<T> items, Optional<Cursor> next) {
  }

  /** A page of the feed: ids (and like counts) from the indexed query, then the pizzas. */
  @Transactional
  public Page<Pizza> feed(FeedQuery query) {
    if (query.matchesNothing()) {
      return new Page<>(List.of(), Optional.empty());
    }
    List<?> rows = ids(query.first());
    if (rows.size() <= query.limit() && query.fallback().isPresent()) {
      rows = ids(query.fallback().get());
    }
    boolean more = rows.size() > query.limit();
    List<Object[]> found = rows.stream().limit(query.limit()).map(Object[].class::cast).toList();

    List<Long> pageIds = found.stream().map(row -> ((Number) row[0]).longValue()).toList();
    Optional<Cursor> next = Optional.empty();
    if (more) {
      Object[] last = found.get(found.size() - 1);
      long lastId = ((Number) last[0]).longValue();
      next = Optional.of(query.order() == FeedQuery.Order.NEWEST
          ? new Cursor(lastId) : new Cursor(lastId, ((Number) last[1]).longValue()));
    }
    return new Page<>(pizzas(pageIds), next);
  }

  private List<?> ids(FeedQuery.Statement statement) {
    Query ids = em.createNativeQuery(numbered(statement.sql()));
    List<Object> parameters = statement.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ids.setParameter(i + 1, parameters.get(i));
    }
    return ids.getResultList();
  }

  /** The pizzas with these ids, in the order of the ids, with their toppings. */
  private List<Pizza> pizzas(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Pizza> byId = em.createQuery("SELECT p FROM Pizza p WHERE p.id IN :ids",
            Pizza.class)
        .setParameter("ids", ids)
        .setHint(BATCH_HINT, "p.toppings")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList().stream()
        .peek(Pizza::toppings)
        .collect(Collectors.toMap(Pizza::id, Function.identity()));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Transactional
  public Optional<Pizza> pizza(long id) {
    Optional<Pizza> pizza = Optional.ofNullable(em.find(Pizza.class, id));
    pizza.ifPresent(Pizza::toppings);
    return pizza;
  }

  /**
   * Runs a change on a pizza while its row is locked, so that the version the caller's
   * If-Match was checked against is still the current one when the change is written.
   */
  @Transactional
  public Optional<Pizza> change(long id, Consumer<Pizza> change) {
    Pizza pizza = em.find(Pizza.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (pizza == null) {
      return Optional.empty();
    }
    change.accept(pizza);
    em.flush();
    pizza.toppings();
    return Optional.of(pizza);
  }

  /** Deletes a pizza after {@code check} has accepted it, with the row locked meanwhile. */
  @Transactional
  public boolean delete(long id, Consumer<Pizza> check) {
    Pizza pizza = em.find(Pizza.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (pizza == null) {
      return false;
    }
    check.accept(pizza);
    // Its campaigns lose it from their pizzas: that is a change of theirs, with a new version.
    em.createNativeQuery("UPDATE campaign SET version = version + 1, updated_at = ?1 WHERE id IN"
            + " (SELECT campaign_id FROM campaign_pizza WHERE pizza_id = ?2)")
        .setParameter(1, Clock.now())
        .setParameter(2, id)
        .executeUpdate();
    em.remove(pizza);
    return true;
  }

  public Page<Pizzeria> pizzerias(Optional<Cursor> after, int limit, Optional<UUID> ownerId) {
    TypedQuery<Pizzeria> query = em.createQuery("SELECT p FROM Pizzeria p WHERE p.id > :after"
            + (ownerId.isPresent() ? " AND p.ownerId = :owner" : "") + " ORDER BY p.id",
            Pizzeria.class)
        .setParameter("after", after.map(Cursor::lastId).orElse(0L))
        .setMaxResults(limit + 1);
    ownerId.ifPresent(owner -> query.setParameter("owner", owner));
    return page(query.getResultList(), limit, Pizzeria::id);
  }

  public List<Pizzeria> pizzeriasById(Collection<Long> ids) {
    return em.createQuery(
            "SELECT p FROM Pizzeria p WHERE p.id IN :ids ORDER BY p.id", Pizzeria.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<Pizzeria> pizzeria(long id) {
    return Optional.ofNullable(em.find(Pizzeria.class, id));
  }

  @Transactional
  public Pizzeria open(Pizzeria pizzeria) {
    em.persist(pizzeria);
    em.flush();
    return pizzeria;
  }

  /** Runs a change on a pizzeria while its row is locked; see {@link #change}. */
  @Transactional
  public Optional<Pizzeria> changePizzeria(long id, Consumer<Pizzeria> change) {
    Pizzeria pizzeria = em.find(Pizzeria.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (pizzeria == null) {
      return Optional.empty();
    }
    change.accept(pizzeria);
    em.flush();
    return Optional.of(pizzeria);
  }

  /** Closes a pizzeria after {@code check} accepted it; its pizzas and campaigns go too. */
  @Transactional
  public boolean close(long id, Consumer<Pizzeria> check) {
    Pizzeria pizzeria = em.find(Pizzeria.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (pizzeria == null) {
      return false;
    }
    check.accept(pizzeria);
    // The database cascades to pizzas, toppings, likes and campaigns in one statement.
    em.createNativeQuery("DELETE FROM pizzeria WHERE id = ?1").setParameter(1, id)
        .executeUpdate();
    em.detach(pizzeria);
    return true;
  }

  /** Publishes a pizza in a pizzeria after {@code check} accepted the caller. */
  @Transactional
  public Optional<Pizza> publish(long pizzeriaId, Consumer<Pizzeria> check,
      Function<Pizzeria, Pizza> pizzaOf) {
    Pizzeria pizzeria = em.find(Pizzeria.class, pizzeriaId);
    if (pizzeria == null) {
      return Optional.empty();
    }
    check.accept(pizzeria);
    Pizza pizza = pizzaOf.apply(pizzeria);
    em.persist(pizza);
    em.flush();
    return Optional.of(pizza);
  }

  /** Replaces JDBC's bare {@code ?} with the numbered parameters JPA native queries use. */
  static String numbered(String sql) {
    StringBuilder numbered = new StringBuilder();
    int next = 1;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('?').append(next++);
      } else {
        numbered.append(c);
      }
    }
    return numbered.toString();
  }

  private static <T> Page<T> page(List<T> found, int limit, Function<T, Long> idOf) {
    if (found.size() <= limit) {
      return new Page<>(found, Optional.empty());
    }
    List<T> items = found.subList(0, limit);
    return new Page<>(items, Optional.of(new Cursor(idOf.apply(items.get(limit - 1)))));
  }
}
