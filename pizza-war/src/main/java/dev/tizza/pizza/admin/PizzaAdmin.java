package dev.tizza.pizza.admin;

import dev.tizza.platform.admin.DatabaseAdmin;

/**
 * One-off commands of the pizza service, run with the same build and environment as the
 * service: {@code migrate}, {@code seed} and {@code reset}, one or more in a row; and for
 * benchmarks {@code generate PIZZAS LIKES} and {@code bench-feed REPORT DATASET...}.
 */
public final class PizzaAdmin {

  private PizzaAdmin() {
  }

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "generate" -> PizzaGenerator.main(args);
      case "bench-feed" -> FeedBenchmark.main(args);
      default -> DatabaseAdmin.main("pizza", args, "tizza_pizza",
          database -> new PizzaSeed(database).run());
    }
  }
}
