package dev.tizza.pizza.store;

import dev.tizza.pizza.domain.Cursor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL behind every page of the feed: filters, an order and a keyset position. Every filter
 * and order is served by an index of the pizza schema, so a page costs about the same with ten
 * thousand pizzas as with a million. It reads ids and like counts only; the store loads the
 * pizzas of a page in one more query.
 *
 * <p>A text search has no index that is also ordered, and the planner's guess at how many
 * pizzas match a word prefix is often far off: walking the ordered index costs a full scan for a
 * word nobody uses, while the text index costs as much as there are matches for a common one. So
 * a search first looks for its matches among the next {@code searchWindow} pizzas in feed
 * order, which settles common words, and only when that finds too few asks the text index,
 * which is then cheap because the word is rare.
 */
public record FeedQuery(List<Long> pizzeriaIds, Optional<String> topping, Optional<String> city,
    Optional<String> text, Order order, Optional<Cursor> after, int limit, int searchWindow) {

  /** The orders the feed offers. */
  public enum Order {
    NEWEST,
    MOST_LIKED
  }

  /** One SQL statement with positional {@code ?} parameters. */
  public record Statement(String sql, List<Object> parameters) {
  }

  /** Pizzas in feed order a search reads before it asks the text index instead. */
  public static final int SEARCH_WINDOW = 5_000;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final String SEARCH = "p.search @@ to_tsquery('simple', ?)";

  public FeedQuery {
    pizzeriaIds = List.copyOf(pizzeriaIds);
    if (after.isPresent() && after.get().ranked() != (order == Order.MOST_LIKED)) {
      throw Cursor.invalid();
    }
  }

  /**
   * The statement that reads a page; for a search, its look among the next pizzas in feed order.
   * Its result is the page when it finds more than {@link #limit()} rows or there is no
   * {@link #fallback()}.
   */
  public Statement first() {
    if (text.isEmpty()) {
      return select(true, limit + 1);
    }
    Statement window = select(false, searchWindow);
    List<Object> parameters = new ArrayList<>(window.parameters());
    parameters.add(tsQuery(text.get()));
    parameters.add(limit + 1);
    return new Statement("SELECT p.id, p.like_count FROM (" + window.sql() + ") p WHERE "
        + SEARCH + orderBy() + " LIMIT ?", parameters);
  }

  /** For a search whose first look found too few: every match, through the text index. */
  public Optional<Statement> fallback() {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // MATERIALIZED keeps the planner from walking the ordered index after all.
    Statement matches = select(true, 0);
    List<Object> parameters = new ArrayList<>(matches.parameters());
    parameters.add(limit + 1);
    return Optional.of(new Statement("WITH p AS MATERIALIZED (" + matches.sql() + ")"
        + " SELECT p.id, p.like_count FROM p" + orderBy() + " LIMIT ?", parameters));
  }

  /**
   * Ids and like counts of the pizzas that pass the filters after the keyset position, in feed
   * order: at most {@code rows} of them, or all (and unordered) when {@code rows} is 0.
   */
  private Statement select(boolean withText, int rows) {
    List<String> where = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (!pizzeriaIds.isEmpty()) {
      where.add("p.pizzeria_id IN (" + String.join(", ",
          Collections.nCopies(pizzeriaIds.size(), "?")) + ")");
      values.addAll(pizzeriaIds);
    }
    topping.ifPresent(value -> {
      where.add("EXISTS (SELECT 1 FROM pizza_topping t"
          + " WHERE t.pizza_id = p.id AND lower(t.topping) = ?)");
      values.add(value.strip().toLowerCase(Locale.ROOT));
    });
    city.ifPresent(value -> {
      where.add("p.pizzeria_id IN (SELECT z.id FROM pizzeria z WHERE lower(z.city) = ?)");
      values.add(value.strip().toLowerCase(Locale.ROOT));
    });
    if (withText) {
      text.ifPresent(value -> {
        where.add(SEARCH);
        values.add(tsQuery(value));
      });
    }
    after.ifPresent(cursor -> {
      if (order == Order.NEWEST) {
        where.add("p.id < ?");
      } else {
        where.add("(p.like_count, p.id) < (?, ?)");
        values.add(cursor.rank());
      }
      values.add(cursor.lastId());
    });

    String sql = "SELECT p.id, p.like_count" + (withText ? "" : ", p.search") + " FROM pizza p"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    if (rows > 0) {
      sql += orderBy() + " LIMIT ?";
      values.add(rows);
    }
    return new Statement(sql, values);
  }

  private String orderBy() {
    return order == Order.NEWEST ? " ORDER BY p.id DESC" : " ORDER BY p.like_count DESC, p.id DESC";
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
