package dev.tizza.pizza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.pizza.domain.Cursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedQueryTest {

  @Test
  void shouldBindOneValueToEveryPlaceholderOfEveryCombinationOfFilters() {
    for (FeedQuery query : everyCombination()) {
      List<FeedQuery.Statement> statements = new ArrayList<>(List.of(query.first()));
      query.fallback().ifPresent(statements::add);

      for (FeedQuery.Statement statement : statements) {
        assertThat(statement.sql().chars().filter(c -> c == '?').count())
            .as(statement.sql()).isEqualTo(statement.parameters().size());
      }
    }
  }

  @Test
  void shouldSearchTheNextPizzasInFeedOrderFirstAndTheTextIndexOnlyAfter() {
    FeedQuery search = query(Optional.of("Funghi"), FeedQuery.Order.NEWEST, Optional.empty());

    assertThat(search.first().sql()).contains("ORDER BY p.id DESC LIMIT ?) p WHERE p.search @@");
    assertThat(search.first().parameters()).containsExactly(300, "funghi:*", 21);
    assertThat(search.fallback()).get().extracting(FeedQuery.Statement::sql).asString()
        .startsWith("WITH p AS MATERIALIZED (").doesNotContain("LIMIT ?)");
    assertThat(query(Optional.empty(), FeedQuery.Order.NEWEST, Optional.empty()).fallback())
        .isEmpty();
  }

  @Test
  void shouldTakeTheSearchWindowBeforeAnyOtherFilter() {
    FeedQuery search = new FeedQuery(List.of(4L), Optional.empty(), Optional.of("basil"),
        Optional.of("Naples"), Optional.of("bianca"), FeedQuery.Order.MOST_LIKED,
        Optional.of(new Cursor(99, 7L)), 20, 300);

    String window = search.first().sql().substring(0, search.first().sql().indexOf(") p"));
    assertThat(window).contains("(p.like_count, p.id) < (?, ?)").doesNotContain("pizzeria_id IN")
        .doesNotContain("topping").doesNotContain("to_tsquery");
    assertThat(search.first().parameters()).containsExactly(7L, 99L, 300, 4L, "basil", "naples",
        "bianca:*", 21);
  }

  @Test
  void shouldKeepOnlyLettersAndDigitsOfTheSearchText() {
    assertThat(FeedQuery.tsQuery("'; DROP TABLE pizza; -- & :* Crème")).isEqualTo(
        "drop:* & table:* & pizza:* & crème:*");
    assertThat(query(Optional.of("!!! ..."), FeedQuery.Order.NEWEST, Optional.empty())
        .matchesNothing()).isTrue();
  }

  private static List<FeedQuery> everyCombination() {
    List<FeedQuery> queries = new ArrayList<>();
    for (FeedQuery.Order order : FeedQuery.Order.values()) {
      Cursor cursor = order == FeedQuery.Order.NEWEST ? new Cursor(99) : new Cursor(99, 7L);
      for (int mask = 0; mask < 64; mask++) {
        queries.add(new FeedQuery(
            (mask & 1) == 0 ? List.of() : List.of(1L, 2L, 3L),
            (mask & 32) == 0 ? Optional.empty() : Optional.of(UUID.randomUUID()),
            (mask & 2) == 0 ? Optional.empty() : Optional.of("basil"),
            (mask & 4) == 0 ? Optional.empty() : Optional.of("Naples"),
            (mask & 8) == 0 ? Optional.empty() : Optional.of("margherita bianca"),
            order, (mask & 16) == 0 ? Optional.empty() : Optional.of(cursor), 20, 300));
      }
    }
    return queries;
  }

  private static FeedQuery query(Optional<String> text, FeedQuery.Order order,
      Optional<Cursor> after) {
    return new FeedQuery(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), text,
        order, after, 20, 300);
  }
}
