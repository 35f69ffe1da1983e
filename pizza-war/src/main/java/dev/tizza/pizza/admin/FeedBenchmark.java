package dev.tizza.pizza.admin;

import dev.tizza.pizza.domain.Cursor;
import dev.tizza.pizza.store.FeedQuery;
import dev.tizza.platform.admin.DatabaseAdmin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times pages of the feed through running pizza services, one per data set, and reads the plan
 * PostgreSQL picks for each page's query. Writes a Markdown report; exits 1 when a query of the
 * largest data set reads a big table without an index.
 */
final class FeedBenchmark {

  private static final int WARM_UP = 30;
  private static final int MEASURED = 150;

  private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");
  private static final Pattern INDEX = Pattern.compile(
      "(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)?(?: using| on) (\\w+)");
  private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

  /** Tables big enough that reading them whole would make a page slow at scale. */
  private static final Set<String> BIG_TABLES = Set.of("pizza", "pizza_like", "pizza_topping");

  /** One running pizza service and the database it serves. */
  record DataSet(String label, URI api, String database) {
  }

  /** A page of the feed as a caller asks for it, and as the store queries it. */
  record Page(String name, String query, FeedQuery feedQuery) {
  }

  record Timing(double p50, double p95, double dbMs, List<String> indexes, List<String> seqScans,
      long items) {
  }

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** {@code bench-feed REPORT LABEL=URL@DATABASE...}, smallest data set first. */
  static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: pizza admin bench-feed REPORT.md LABEL=URL@DATABASE...");
      System.exit(2);
    }
    List<DataSet> sets = new ArrayList<>();
    for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
      String[] labelRest = arg.split("=", 2);
      String[] urlDb = labelRest[1].split("@", 2);
      sets.add(new DataSet(labelRest[0], URI.create(urlDb[0]), urlDb[1]));
    }
    boolean indexed = new FeedBenchmark().run(Path.of(args[1]), sets);
    System.exit(indexed ? 0 : 1);
  }

  boolean run(Path report, List<DataSet> sets) throws Exception {
    Map<String, Map<String, Timing>> timings = new HashMap<>();
    Map<String, String> sizes = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (DataSet set : sets) {
      DatabaseAdmin database = new DatabaseAdmin(env(set.database()), set.database());
      try (Connection db = database.connect()) {
        sizes.put(set.label(), count(db, "pizzeria") + " pizzerias, " + count(db, "pizza")
            + " pizzas, " + count(db, "pizza_like") + " likes");
        Map<String, Timing> bySet = new HashMap<>();
        for (Page page : pages(db)) {
          if (!names.contains(page.name())) {
            names.add(page.name());
          }
          bySet.put(page.name(), measure(set, db, page));
          System.err.printf(Locale.ROOT, "tizza bench: %s, %s: p50 %.1f ms%n", set.label(),
              page.name(), bySet.get(page.name()).p50());
        }
        timings.put(set.label(), bySet);
      }
    }
    DataSet largest = sets.get(sets.size() - 1);
    boolean indexed = timings.get(largest.label()).values().stream()
        .allMatch(timing -> timing.seqScans().isEmpty());
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, report(sets, sizes, names, timings, indexed));
    System.err.println("tizza bench: wrote " + report);
    return indexed;
  }

  /** The pages a diner's feed asks for, with positions deep inside the data set. */
  private static List<Page> pages(Connection db) throws SQLException {
    long middleId = single(db, "SELECT id FROM pizza ORDER BY id"
        + " OFFSET (SELECT count(*) / 2 FROM pizza) LIMIT 1");
    long[] middleRanked = pair(db, "SELECT id, like_count FROM pizza"
        + " ORDER BY like_count DESC, id DESC OFFSET (SELECT count(*) / 2 FROM pizza) LIMIT 1");
    long pizzeria = single(db, "SELECT id FROM pizzeria ORDER BY id"
        + " OFFSET (SELECT count(*) / 2 FROM pizzeria) LIMIT 1");
    Cursor deep = new Cursor(middleId);
    Cursor deepRanked = new Cursor(middleRanked[0], middleRanked[1]);

    List<Page> pages = new ArrayList<>();
    pages.add(page("newest, first page", null, null, null, null, false, null));
    pages.add(page("newest, half-way down", null, null, null, null, false, deep));
    pages.add(page("most liked, first page", null, null, null, null, true, null));
    pages.add(page("most liked, half-way down", null, null, null, null, true, deepRanked));
    pages.add(page("topping basil", null, "basil", null, null, false, null));
    pages.add(page("topping kimchi, most liked", null, "kimchi", null, null, true, null));
    pages.add(page("topping no pizza has", null, "durian", null, null, false, null));
    pages.add(page("city Naples", null, null, "Naples", null, false, null));
    pages.add(page("city Naples, most liked", null, null, "Naples", null, true, null));
    pages.add(page("search \"margherita\"", null, null, null, "margherita", false, null));
    pages.add(page("search \"truffle\", most liked", null, null, null, "truffle", true,
        null));
    pages.add(page("search no pizza matches", null, null, null, "zzyzx", false, null));
    pages.add(page("search \"b\" (most pizzas)", null, null, null, "b", false, null));
    pages.add(page("search \"tomato\", half-way down", null, null, null, "tomato", false,
        deep));
    pages.add(page("city no pizzeria is in", null, null, "Atlantis", null, false, null));
    pages.add(page("one pizzeria", pizzeria, null, null, null, false, null));
    pages.add(page("one pizzeria, most liked", pizzeria, null, null, null, true, null));
    pages.add(page("city + topping + search", null, "basil", "Naples", "margherita",
        false, null));
    return pages;
  }

  private static Page page(String name, Long pizzeria, String topping,
      String city, String text, boolean mostLiked, Cursor after) {
    StringBuilder query = new StringBuilder("limit=20");
    if (pizzeria != null) {
      query.append("&pizzeriaId=").append(pizzeria);
    }
    Optional.ofNullable(topping).ifPresent(value -> query.append("&topping=").append(value));
    Optional.ofNullable(city).ifPresent(value -> query.append("&city=").append(value));
    Optional.ofNullable(text).ifPresent(value -> query.append("&q=").append(value));
    if (mostLiked) {
      query.append("&sort=mostLiked");
    }
    Optional.ofNullable(after).ifPresent(cursor -> query.append("&cursor=")
        .append(cursor.encode()));
    FeedQuery feedQuery = new FeedQuery(pizzeria == null ? List.of() : List.of(pizzeria),
        Optional.empty(), Optional.ofNullable(topping), Optional.ofNullable(city),
        Optional.ofNullable(text),
        mostLiked ? FeedQuery.Order.MOST_LIKED : FeedQuery.Order.NEWEST,
        Optional.ofNullable(after), 20, FeedQuery.SEARCH_WINDOW);
    return new Page(name, query.toString(), feedQuery);
  }

  private Timing measure(DataSet set, Connection db, Page page) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(set.api() + "/pizzas?" + page.query())).GET().build();
    // A page that has gone slow still gets a number, from fewer requests.
    long items = 0;
    long warm = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() < warm); i++) {
      items = fetch(request);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    double[] timed = new double[MEASURED];
    int count = 0;
    while (count < MEASURED && (count < 5 || System.nanoTime() < deadline)) {
      long started = System.nanoTime();
      fetch(request);
      timed[count++] = (System.nanoTime() - started) / 1e6;
    }
    double[] millis = Arrays.copyOf(timed, count);
    Arrays.sort(millis);

    String plan = plan(db, page.feedQuery());
    Set<String> indexes = new LinkedHashSet<>();
    Set<String> seqScans = new LinkedHashSet<>();
    INDEX.matcher(plan).results().forEach(found -> indexes.add(found.group(1)));
    SEQ_SCAN.matcher(plan).results().map(found -> found.group(1))
        .filter(BIG_TABLES::contains).forEach(seqScans::add);
    Matcher execution = EXECUTION.matcher(plan);
    double dbMs = execution.find() ? Double.parseDouble(execution.group(1)) : Double.NaN;
    return new Timing(millis[count / 2], millis[(int) Math.ceil(count * 0.95) - 1], dbMs,
        List.copyOf(indexes), List.copyOf(seqScans), items);
  }

  /** Fetches one page and returns how many pizzas it held. */
  private long fetch(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode()
          + ": " + response.body());
    }
    return Pattern.compile("\"likeCount\"").matcher(response.body()).results().count();
  }

  /**
   * The plans of the statements the store runs for a page, as it decides between them, with
   * the time they really took.
   */
  private static String plan(Connection db, FeedQuery query) throws SQLException {
    String first = explain(db, query.first());
    Matcher rows = Pattern.compile("Limit \\(actual rows=(\\d+)").matcher(first);
    long found = rows.find() ? Long.parseLong(rows.group(1)) : 0;
    if (found > query.limit() || query.fallback().isEmpty()) {
      return first;
    }
    String fallback = explain(db, query.fallback().get());
    Matcher firstTime = EXECUTION.matcher(first);
    Matcher fallbackTime = EXECUTION.matcher(fallback);
    double total = (firstTime.find() ? Double.parseDouble(firstTime.group(1)) : 0)
        + (fallbackTime.find() ? Double.parseDouble(fallbackTime.group(1)) : 0);
    return first.replaceAll("Execution Time: [0-9.]+ ms", "")
        + fallback.replaceAll("Execution Time: [0-9.]+ ms", "")
        + String.format(Locale.ROOT, "Execution Time: %.3f ms%n", total);
  }

  private static String explain(Connection db, FeedQuery.Statement statement)
      throws SQLException {
    try (PreparedStatement explain = db.prepareStatement(
        "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + statement.sql())) {
      List<Object> parameters = statement.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        explain.setObject(i + 1, parameters.get(i));
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet lines = explain.executeQuery()) {
        while (lines.next()) {
          plan.append(lines.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static String report(List<DataSet> sets, Map<String, String> sizes,
      List<String> names, Map<String, Map<String, Timing>> timings, boolean indexed) {
    DataSet smallest = sets.get(0);
    DataSet largest = sets.get(sets.size() - 1);
    StringBuilder out = new StringBuilder("# Feed benchmark\n\n");
    out.append("Written by `./tizza bench` on ")
        .append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
        .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(". Each page is `GET /api/pizzas`")
        .append(" with `limit=20` through a running pizza service, ").append(WARM_UP)
        .append(" requests to warm up, then ").append(MEASURED).append(" timed one after")
        .append(" another. \"query\" is the feed's SQL alone, from `EXPLAIN ANALYZE`.\n\n");
    for (DataSet set : sets) {
      out.append("- **").append(set.label()).append("**: ").append(sizes.get(set.label()))
          .append('\n');
    }
    out.append("\nEvery query of the ").append(largest.label()).append(" data set ")
        .append(indexed ? "uses an index and reads no big table whole."
            : "**reads a big table without an index** (see the last column).")
        .append("\n\n| page | pizzas on it (").append(largest.label()).append(") | ");
    for (DataSet set : sets) {
      out.append(set.label()).append(" p50 / p95 ms | ");
    }
    out.append(largest.label()).append(" query ms | ").append(largest.label()).append(" / ")
        .append(smallest.label()).append(" p50 | indexes used (").append(largest.label())
        .append(") | sequential scans |\n|");
    out.append(" --- |".repeat(sets.size() + 6)).append('\n');
    for (String name : names) {
      out.append("| ").append(name).append(" | ")
          .append(timings.get(largest.label()).get(name).items()).append(" | ");
      for (DataSet set : sets) {
        Timing timing = timings.get(set.label()).get(name);
        out.append(String.format(Locale.ROOT, "%.1f / %.1f", timing.p50(), timing.p95()))
            .append(" | ");
      }
      Timing large = timings.get(largest.label()).get(name);
      Timing small = timings.get(smallest.label()).get(name);
      out.append(String.format(Locale.ROOT, "%.2f | %.2f | ", large.dbMs(),
              large.p50() / small.p50()))
          .append(String.join(", ", large.indexes())).append(" | ")
          .append(large.seqScans().isEmpty() ? "none" : String.join(", ", large.seqScans()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static Map<String, String> env(String database) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("DB_NAME", database);
    return env;
  }

  private static long count(Connection db, String table) throws SQLException {
    return single(db, "SELECT count(*) FROM " + table);
  }

  private static long single(Connection db, String sql) throws SQLException {
    return pair(db, sql)[0];
  }

  private static long[] pair(Connection db, String sql) throws SQLException {
    try (Statement query = db.createStatement(); ResultSet result = query.executeQuery(sql)) {
      result.next();
      int columns = result.getMetaData().getColumnCount();
      long[] values = new long[columns];
      for (int i = 0; i < columns; i++) {
        values[i] = result.getLong(i + 1);
      }
      return values;
    }
  }
}
