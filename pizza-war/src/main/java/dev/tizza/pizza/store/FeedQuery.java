package dev.tizza.pizza.store;

import dev.tizza.pizza.domain.Cursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one SQL query behind every page of the feed: filters, an order and a keyset position.
 * Every filter and order is served by an index of the pizza schema, so a page costs about the
 * same with ten thousand pizzas as with a million. It reads ids and like counts only; the store
 * loads the pizzas of a page in one more query.
 */
public record FeedQuery(List<Long> pizzeriaIds, Optional<String> topping, Optional<String> city,
    Optional<String> text, Order order, Optional<Cursor> after, int limit) {

  /** The orders the feed offers. */
  public enum Order {
    NEWEST,
    MOST_LIKED
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  public FeedQuery {
    pizzeriaIds = List.copyOf(pizzeriaIds);
    if (after.isPresent() && after.get().ranked() != (order == Order.MOST_LIKED)) {
      throw Cursor.invalid();
    }
  }

  /** SQL with positional {@code ?} parameters, in the order of {@link #parameters()}. */
  public String sql() {
    List<String> where = new ArrayList<>();
    if (!pizzeriaIds.isEmpty()) {
      where.add("p.pizzeria_id IN (" + String.join(", ",
          java.util.Collections.nCopies(pizzeriaIds.size(), "?")) + ")");
    }
    topping.ifPresent(ignored -> where.add("EXISTS (SELECT 1 FROM pizza_topping t"
        + " WHERE t.pizza_id = p.id AND lower(t.topping) = ?)"));
    city.ifPresent(ignored -> where.add(
        "p.pizzeria_id IN (SELECT z.id FROM pizzeria z WHERE lower(z.city) = ?)"));
    text.ifPresent(ignored -> where.add("p.search @@ to_tsquery('simple', ?)"));
    after.ifPresent(ignored -> where.add(order == Order.NEWEST
        ? "p.id < ?" : "(p.like_count, p.id) < (?, ?)"));

    return "SELECT p.id, p.like_count FROM pizza p"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + (order == Order.NEWEST ? " ORDER BY p.id DESC" : " ORDER BY p.like_count DESC, p.id DESC")
        + " LIMIT ?";
  }

  public List<Object> parameters() {
    List<Object> values = new ArrayList<>(pizzeriaIds);
    topping.ifPresent(value -> values.add(value.strip().toLowerCase(Locale.ROOT)));
    city.ifPresent(value -> values.add(value.strip().toLowerCase(Locale.ROOT)));
    text.ifPresent(value -> values.add(tsQuery(value)));
    after.ifPresent(cursor -> {
      if (order == Order.MOST_LIKED) {
        values.add(cursor.rank());
      }
      values.add(cursor.lastId());
    });
    values.add(limit + 1);
    return values;
  }

  /** True when the search text has no word in it, so that nothing can match. */
  public boolean matchesNothing() {
    return text.isPresent() && tsQuery(text.get()).isEmpty();
  }

  /**
   * The words of the search text as a prefix query that all must match. Only letters and digits
   * reach the query, so quotes, operators and SQL metacharacters are plain separators.
   */
  static String tsQuery(String text) {
    List<String> terms = new ArrayList<>();
    Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (words.find() && terms.size() < 10) {
      terms.add(words.group() + ":*");
    }
    return String.join(" & ", terms);
  }
}
