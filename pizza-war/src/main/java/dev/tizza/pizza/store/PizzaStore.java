package dev.tizza.pizza.store;

import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.domain.Pizza;
import dev.tizza.pizza.domain.Pizzeria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

  @Transactional
  public Page<Pizza> pizzas(Optional<Cursor> after, int limit, Optional<Long> pizzeriaId) {
    String jpql = "SELECT p FROM Pizza p WHERE p.id < :after"
        + (pizzeriaId.isPresent() ? " AND p.pizzeria.id = :pizzeriaId" : "")
        + " ORDER BY p.id DESC";
    TypedQuery<Pizza> query = em.createQuery(jpql, Pizza.class)
        .setParameter("after", after.map(Cursor::lastId).orElse(Long.MAX_VALUE))
        .setHint(BATCH_HINT, "p.toppings")
        .setHint("eclipselink.batch.type", "IN")
        .setMaxResults(limit + 1);
    pizzeriaId.ifPresent(id -> query.setParameter("pizzeriaId", id));
    List<Pizza> found = query.getResultList();
    found.forEach(Pizza::toppings);
    return page(found, limit, Pizza::id);
  }

  @Transactional
  public Optional<Pizza> pizza(long id) {
    Optional<Pizza> pizza = Optional.ofNullable(em.find(Pizza.class, id));
    pizza.ifPresent(Pizza::toppings);
    return pizza;
  }

  public Page<Pizzeria> pizzerias(Optional<Cursor> after, int limit) {
    List<Pizzeria> found = em.createQuery(
            "SELECT p FROM Pizzeria p WHERE p.id > :after ORDER BY p.id", Pizzeria.class)
        .setParameter("after", after.map(Cursor::lastId).orElse(0L))
        .setMaxResults(limit + 1)
        .getResultList();
    return page(found, limit, Pizzeria::id);
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
  public Pizza publish(Pizza pizza) {
    em.persist(pizza);
    em.flush();
    return pizza;
  }

  private static <T> Page<T> page(List<T> found, int limit,
      java.util.function.Function<T, Long> idOf) {
    if (found.size() <= limit) {
      return new Page<>(found, Optional.empty());
    }
    List<T> items = found.subList(0, limit);
    return new Page<>(items, Optional.of(new Cursor(idOf.apply(items.get(limit - 1)))));
  }
}
