package dev.tizza.pizza.admin;

import dev.tizza.platform.admin.DatabaseAdmin;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Builds a large data set for benchmarks: pizzerias in the seed's cities, pizzas drawn from the
 * seed's recipes, and likes from many diners, skewed so that a few pizzas collect most of them,
 * as in a real feed. Runs in chunks inside PostgreSQL and prints its progress. It tops a database
 * up to the sizes asked for, so running it again adds nothing, and it only ever writes to a
 * database whose name ends in {@code _bench}.
 */
final class PizzaGenerator {

  private static final int CHUNK = 100_000;

  private static final int PIZZAS_PER_PIZZERIA = 100;

  /** Likes come from this many diners for every like each of them gives on average. */
  private static final int LIKES_PER_DINER = 50;

  private static final List<String> STYLES = List.of("", " della Casa", " Speciale",
      " Verace", " Rustica", " al Forno a Legna", " Gourmet", " Classica", " Doppia",
      " Croccante", " in Pala", " Leggera");

  private final DatabaseAdmin database;
  private final long pizzas;
  private final long likes;
  private final long started = System.nanoTime();

  PizzaGenerator(DatabaseAdmin database, long pizzas, long likes) {
    this.database = database;
    this.pizzas = pizzas;
    this.likes = likes;
  }

  /** The admin command {@code generate PIZZAS LIKES}. */
  static void main(String[] args) {
    if (args.length != 3 || !args[1].matches("[0-9]{1,9}") || !args[2].matches("[0-9]{1,10}")
        || Long.parseLong(args[1]) == 0) {
      System.err.println("usage: pizza admin generate PIZZAS LIKES"
          + "   (for example: generate 1000000 5000000)");
      System.exit(2);
    }
    DatabaseAdmin database = new DatabaseAdmin(System.getenv(), "tizza_pizza_bench");
    if (!database.name().endsWith("_bench")) {
      System.err.println("tizza generate only writes to a database whose name ends in _bench,"
          + " not " + database.name() + " (set DB_NAME)");
      System.exit(2);
    }
    try {
      database.migrate();
      new PizzaGenerator(database, Long.parseLong(args[1]), Long.parseLong(args[2])).run();
    } catch (SQLException failure) {
      System.err.println("tizza generate failed: " + failure.getMessage()
          + " (check DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD)");
      System.exit(1);
    }
  }

  void run() throws SQLException {
    try (Connection db = database.connect()) {
      db.setAutoCommit(true);
      long pizzerias = Math.max(1, (pizzas + PIZZAS_PER_PIZZERIA - 1) / PIZZAS_PER_PIZZERIA);
      generatePizzerias(db, pizzerias);
      loadRecipes(db);
      generatePizzas(db, pizzerias);
      generateLikes(db);
      progress("analyzing");
      try (Statement analyze = db.createStatement()) {
        analyze.execute("VACUUM ANALYZE");
      }
      progress("done: " + count(db, "pizzeria") + " pizzerias, " + count(db, "pizza")
          + " pizzas, " + count(db, "pizza_like") + " likes in " + database.name());
    }
  }

  private void generatePizzerias(Connection db, long wanted) throws SQLException {
    long have = count(db, "pizzeria");
    if (have >= wanted) {
      return;
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < PizzaSeed.PLACES.size(); i++) {
      PizzaSeed.Place place = PizzaSeed.PLACES.get(i);
      values.append(i == 0 ? "" : ", ").append("(").append(i).append(", ")
          .append(literal(place.name())).append(", ").append(literal(place.street()))
          .append(", ").append(literal(place.city())).append(", ")
          .append(literal(place.postalCode())).append(", ").append(literal(place.country()))
          .append(", ").append(literal(place.phone())).append(")");
    }
    // Owners are ids only, as the pizza service keeps them; 1 in 50 pizzerias shares an owner.
    execute(db, "INSERT INTO pizzeria (name, street, city, postal_code, country, phone,"
        + " owner_id) SELECT p.name || ' ' || g, p.street, p.city, p.postal_code, p.country,"
        + " p.phone, md5('owner' || (g % " + Math.max(1, wanted / 50) + "))::uuid"
        + " FROM generate_series(" + (have + 1) + ", " + wanted + ") g"
        + " JOIN (VALUES " + values + ") AS p (idx, name, street, city, postal_code, country,"
        + " phone) ON p.idx = g % " + PizzaSeed.PLACES.size());
    progress("pizzerias: " + wanted);
  }

  /** The seed's recipes times a few styles, as a temporary table the inserts join. */
  private static void loadRecipes(Connection db) throws SQLException {
    execute(db, "CREATE TEMPORARY TABLE recipe (idx int PRIMARY KEY, title text,"
        + " description text, price numeric(8, 2), toppings text[])");
    try (PreparedStatement insert = db.prepareStatement(
        "INSERT INTO recipe VALUES (?, ?, ?, ?::numeric, ?)")) {
      int idx = 0;
      for (String style : STYLES) {
        for (PizzaSeed.Recipe recipe : PizzaSeed.RECIPES) {
          insert.setInt(1, idx++);
          insert.setString(2, recipe.title() + style);
          insert.setString(3, recipe.description());
          insert.setString(4, recipe.basePrice());
          insert.setArray(5, db.createArrayOf("text", recipe.toppings().toArray()));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private void generatePizzas(Connection db, long pizzerias) throws SQLException {
    long have = count(db, "pizza");
    long firstPizzeria = single(db, "SELECT min(id) FROM pizzeria");
    long recipes = (long) STYLES.size() * PizzaSeed.RECIPES.size();
    long base = single(db, "SELECT coalesce(max(id), 0) FROM pizza") - have;
    for (long from = have + 1; from <= pizzas; from += CHUNK) {
      long to = Math.min(pizzas, from + CHUNK - 1);
      String series = " FROM generate_series(" + from + ", " + to + ") g"
          + " JOIN recipe r ON r.idx = (g * 7) % " + recipes;
      // Explicit ids, newest last, so that the toppings can name their pizza in the same chunk.
      execute(db, "INSERT INTO pizza (id, pizzeria_id, title, description, price_amount,"
          + " price_currency, created_at, updated_at) OVERRIDING SYSTEM VALUE"
          + " SELECT " + base + " + g, " + firstPizzeria + " + (g * 31) % " + pizzerias + ","
          + " r.title, r.description, r.price + (g % 5) * 0.5, 'EUR',"
          + " now() - (" + pizzas + " - g) * interval '1 minute',"
          + " now() - (" + pizzas + " - g) * interval '1 minute'" + series);
      execute(db, "INSERT INTO pizza_topping (pizza_id, position, topping)"
          + " SELECT " + base + " + g, t.position - 1, t.topping" + series
          + " CROSS JOIN unnest(r.toppings) WITH ORDINALITY AS t (topping, position)");
      progress("pizzas: " + to + " of " + pizzas);
    }
    execute(db, "SELECT setval(pg_get_serial_sequence('pizza', 'id'),"
        + " (SELECT max(id) FROM pizza))");
  }

  private void generateLikes(Connection db) throws SQLException {
    long have = count(db, "pizza_like");
    if (have >= likes) {
      return;
    }
    long total = count(db, "pizza");
    long first = single(db, "SELECT min(id) FROM pizza");
    long diners = Math.max(1_000, likes / LIKES_PER_DINER);
    long spread = coprimeStride(total);
    // Cubing a uniform number skews it towards 0: a few pizzas get most likes. The stride then
    // scatters the popular ones over the whole feed instead of the oldest ids.
    String pick = "SELECT " + first + " + (floor(" + total + " * power(random(), 3))::bigint * "
        + spread + ") % " + total + ", md5('diner' || floor(random() * " + diners
        + ")::bigint)::uuid FROM generate_series(1, ?)";
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO pizza_like (pizza_id,"
        + " user_id) " + pick + " ON CONFLICT DO NOTHING")) {
      while (have < likes) {
        insert.setLong(1, Math.min(CHUNK * 5L, likes - have));
        have += insert.executeUpdate();
        progress("likes: " + have + " of " + likes);
      }
    }
    progress("counting likes per pizza");
    execute(db, "UPDATE pizza p SET like_count = c.likes FROM (SELECT pizza_id, count(*) AS"
        + " likes FROM pizza_like GROUP BY pizza_id) c WHERE p.id = c.pizza_id"
        + " AND p.like_count <> c.likes");
  }

  /** A multiplier that permutes 0..n-1, so that no two picks collide through it. */
  static long coprimeStride(long n) {
    long stride = 7_919;
    while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(n)).longValue() != 1) {
      stride += 2;
    }
    return stride;
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static long count(Connection db, String table) throws SQLException {
    return single(db, "SELECT count(*) FROM " + table);
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement query = db.createStatement(); ResultSet result = query.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  private void progress(String what) {
    System.err.printf(Locale.ROOT, "tizza generate: %s (%.1f s)%n", what,
        (System.nanoTime() - started) / 1e9);
  }
}
