package dev.tizza.pizza.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Likes, one row per diner and pizza. The pizza's like count changes in the same transaction
 * as the row and only when a row was really added or removed, so counts stay exact however
 * many diners like at once and however often one of them repeats.
 */
@ApplicationScoped
public class LikeStore {

  @PersistenceContext(unitName = "pizza")
  EntityManager em;

  /** The like count after the change, or empty when there is no such pizza. */
  @Transactional
  public Optional<Long> like(long pizzaId, UUID userId) {
    return change(pizzaId, userId,
        "INSERT INTO pizza_like (pizza_id, user_id) VALUES (?1, CAST(?2 AS uuid))"
            + " ON CONFLICT DO NOTHING",
        "UPDATE pizza SET like_count = like_count + 1 WHERE id = ?1 RETURNING like_count");
  }

  @Transactional
  public Optional<Long> unlike(long pizzaId, UUID userId) {
    return change(pizzaId, userId,
        "DELETE FROM pizza_like WHERE pizza_id = ?1 AND user_id = CAST(?2 AS uuid)",
        "UPDATE pizza SET like_count = like_count - 1 WHERE id = ?1 RETURNING like_count");
  }

  /** Those of the pizzas that the user likes, in one index range. */
  public List<Long> likedAmong(UUID userId, Collection<Long> pizzaIds) {
    List<?> rows = em.createNativeQuery("SELECT pizza_id FROM pizza_like"
            + " WHERE user_id = CAST(?1 AS uuid) AND pizza_id = ANY(CAST(?2 AS bigint[]))"
            + " ORDER BY pizza_id")
        .setParameter(1, userId.toString())
        .setParameter(2, arrayLiteral(pizzaIds))
        .getResultList();
    return rows.stream().map(row -> ((Number) row).longValue()).toList();
  }

  private Optional<Long> change(long pizzaId, UUID userId, String likeRow, String recount) {
    // Locks the pizza first, so a pizza deleted meanwhile is a 404 rather than a broken key.
    List<?> current = em.createNativeQuery(
            "SELECT like_count FROM pizza WHERE id = ?1 FOR UPDATE")
        .setParameter(1, pizzaId)
        .getResultList();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    int changed = em.createNativeQuery(likeRow)
        .setParameter(1, pizzaId)
        .setParameter(2, userId.toString())
        .executeUpdate();
    if (changed == 0) {
      return Optional.of(((Number) current.get(0)).longValue());
    }
    Object counted = em.createNativeQuery(recount).setParameter(1, pizzaId).getSingleResult();
    return Optional.of(((Number) counted).longValue());
  }

  private static String arrayLiteral(Collection<Long> ids) {
    return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
  }
}
