package dev.tizza.pizza.store;

import dev.tizza.pizza.domain.Cursor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
 * order, which settles common words at a fixed cost, and only when that finds too few asks the
 * indexes for every match, which are then few.
 */
public record FeedQuery(List<Long> pizzeriaIds, Optional<UUID> ownerId, Optional<String> topping,
    Optional<String> city, Optional<String> text, Order order, Optional<Cursor> after, int limit,
    int searchWindow) {

  /** The orders the feed offers. */
  public enum Order {
    NEWEST,
    MOST_LIKED
  }

  /** One SQL statement, or part of one, with positional {@code ?} parameters. */
  public record Statement(String sql, List<Object> parameters) {

    /** The same SQL, after parameters of SQL that comes before it. */
    Statement after(List<Object> earlier) {
      List<Object> values = new ArrayList<>(earlier);
      values.addAll(parameters);
      return new Statement(sql, values);
    }
  }

  /** Pizzas in feed order a search reads before it asks the text index instead. */
  public static final int SEARCH_WINDOW = 5_000;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  public FeedQuery {
    pizzeriaIds = List.copyOf(pizzeriaIds);
    if (after.isPresent() && after.get().ranked() != (order == Order.MOST_LIKED)) {
      throw Cursor.invalid();
    }
  }

  /**
   * The statement that reads a page; for a search, its look at the next pizzas in feed order.
   * Its result is the page when it finds more than {@link #limit()} rows or there is no
   * {@link #fallback()}.
   */
  public Statement first() {
    if (text.isEmpty()) {
      return select("SELECT p.id, p.like_count FROM pizza p", conditions(true, true),
          limit + 1);
    }
    // The window is taken before any filter, so it costs the same however few pizzas pass.
    Statement window = select("SELECT p.id, p.like_count, p.pizzeria_id, p.search FROM pizza p",
        conditions(false, true), searchWindow);
    return select("SELECT p.id, p.like_count FROM (" + window.sql() + ") p",
        conditions(true, false).after(window.parameters()), limit + 1);
  }

  /** For a search whose first look found too few: every match, through the indexes. */
  public Optional<Statement> fallback() {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // MATERIALIZED keeps the planner from walking the ordered index after all.
    Statement matches = select("SELECT p.id, p.like_count FROM pizza p", conditions(true, true),
        0);
    return Optional.of(select("WITH p AS MATERIALIZED (" + matches.sql() + ")"
        + " SELECT p.id, p.like_count FROM p", new Statement("", matches.parameters()),
        limit + 1));
  }

  /**
   * A query with the conditions, in feed order and at most {@code rows} rows, or all rows (and
   * unordered) when {@code rows} is 0.
   */
  private Statement select(String from, Statement conditions, int rows) {
    String sql = from + (conditions.sql().isEmpty() ? "" : " WHERE " + conditions.sql());
    List<Object> values = new ArrayList<>(conditions.parameters());
    if (rows > 0) {
      sql += orderBy() + " LIMIT ?";
      values.add(rows);
    }
    return new Statement(sql, values);
  }

  /** The filters, the keyset position or both, as one condition on the pizzas {@code p}. */
  private Statement conditions(boolean filters, boolean keyset) {
    List<String> where = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (filters && !pizzeriaIds.isEmpty()) {
      where.add("p.pizzeria_id IN (" + String.join(", ",
          Collections.nCopies(pizzeriaIds.size(), "?")) + ")");
      values.addAll(pizzeriaIds);
    }
    if (filters && ownerId.isPresent()) {
      where.add("p.pizzeria_id IN"
          + " (SELECT o.id FROM pizzeria o WHERE o.owner_id = CAST(? AS uuid))");
      values.add(ownerId.get().toString());
    }
    if (filters && topping.isPresent()) {
      where.add("EXISTS (SELECT 1 FROM pizza_topping t"
          + " WHERE t.pizza_id = p.id AND lower(t.topping) = ?)");
      values.add(topping.get().strip().toLowerCase(Locale.ROOT));
    }
    if (filters && city.isPresent()) {
      where.add("p.pizzeria_id IN (SELECT z.id FROM pizzeria z WHERE lower(z.city) = ?)");
      values.add(city.get().strip().toLowerCase(Locale.ROOT));
    }
    if (filters && text.isPresent()) {
      where.add("p.search @@ to_tsquery('simple', ?)");
      values.add(tsQuery(text.get()));
    }
    if (keyset && after.isPresent()) {
      if (order == Order.NEWEST) {
        where.add("p.id < ?");
      } else {
        where.add("(p.like_count, p.id) < (?, ?)");
        values.add(after.get().rank());
      }
      values.add(after.get().lastId());
    }
    return new Statement(String.join(" AND ", where), values);
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
