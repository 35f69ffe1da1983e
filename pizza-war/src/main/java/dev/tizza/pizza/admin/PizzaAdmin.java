package dev.tizza.pizza.admin;

import dev.tizza.platform.admin.DatabaseAdmin;

/**
 * One-off commands of the pizza service, run with the same build and environment as the
 * service: {@code migrate}, {@code seed} and {@code reset}, one or more in a row.
 */
public final class PizzaAdmin {

  private PizzaAdmin() {
  }

  public static void main(String[] args) {
    DatabaseAdmin.main("pizza", args, "tizza_pizza", database -> new PizzaSeed(database).run());
  }
}
