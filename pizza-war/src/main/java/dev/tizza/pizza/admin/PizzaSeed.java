package dev.tizza.pizza.admin;

import dev.tizza.platform.admin.DatabaseAdmin;
import dev.tizza.platform.admin.SeedUsers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads a realistic data set: pizzerias in cities around the world, each with a menu drawn from
 * well-known pizzas. The same pizzeria is never loaded twice, so running it again adds nothing.
 */
final class PizzaSeed {

  private static final Logger LOG = Logger.getLogger(PizzaSeed.class.getName());

  private static final int PIZZAS_PER_PIZZERIA = 10;

  record Place(String name, String street, String city, String postalCode, String country,
      String phone, String currency) {
  }

  record Recipe(String title, String description, List<String> toppings, String basePrice) {
  }

  static final List<Place> PLACES = List.of(
      new Place("Forno Vesuvio", "Via dei Tribunali 32", "Naples", "80138", "IT",
          "+39 081 446 1230", "EUR"),
      new Place("Pizzeria Trastevere", "Via della Lungaretta 88", "Rome", "00153", "IT",
          "+39 06 581 2204", "EUR"),
      new Place("La Lievitata", "Corso Buenos Aires 45", "Milan", "20124", "IT",
          "+39 02 2951 7788", "EUR"),
      new Place("Brace e Basilico", "Via Pietrapiana 14", "Florence", "50121", "IT",
          "+39 055 234 9911", "EUR"),
      new Place("Crosta Torino", "Via Po 21", "Turin", "10124", "IT", "+39 011 812 4471",
          "EUR"),
      new Place("Slice of Brooklyn", "214 Bedford Ave", "New York", "11249", "US",
          "+1 718 555 0142", "USD"),
      new Place("Deep Dish Dave's", "1120 N State St", "Chicago", "60610", "US",
          "+1 312 555 0199", "USD"),
      new Place("Golden Gate Pies", "530 Columbus Ave", "San Francisco", "94133", "US",
          "+1 415 555 0117", "USD"),
      new Place("Motor City Squares", "4301 Woodward Ave", "Detroit", "48201", "US",
          "+1 313 555 0163", "USD"),
      new Place("Camden Wood Fire", "12 Inverness St", "London", "NW1 7HJ", "GB",
          "+44 20 7946 0312", "GBP"),
      new Place("Northern Quarter Dough", "41 Oldham St", "Manchester", "M1 1JG", "GB",
          "+44 161 496 0724", "GBP"),
      new Place("Pizzeria Kreuzberg", "Oranienstrasse 17", "Berlin", "10999", "DE",
          "+49 30 6142 8830", "EUR"),
      new Place("Steinofen Schwabing", "Leopoldstrasse 58", "Munich", "80802", "DE",
          "+49 89 3816 2201", "EUR"),
      new Place("Le Four du Marais", "18 Rue des Rosiers", "Paris", "75004", "FR",
          "+33 1 42 72 18 64", "EUR"),
      new Place("Pizza Vieux-Port", "7 Quai de Rive Neuve", "Marseille", "13001", "FR",
          "+33 4 91 33 27 50", "EUR"),
      new Place("Massa Mare", "Carrer de la Princesa 23", "Barcelona", "08003", "ES",
          "+34 933 10 44 61", "EUR"),
      new Place("Horno de Lavapies", "Calle de Argumosa 9", "Madrid", "28012", "ES",
          "+34 915 27 88 30", "EUR"),
      new Place("De Pizzabakker", "Haarlemmerdijk 101", "Amsterdam", "1013 KD", "NL",
          "+31 20 624 1187", "EUR"),
      new Place("Forno Alfama", "Rua de Sao Miguel 61", "Lisbon", "1100-544", "PT",
          "+351 21 887 3309", "EUR"),
      new Place("Queen Street Slice", "389 Queen St W", "Toronto", "M5V 2A5", "CA",
          "+1 416 555 0138", "CAD"),
      new Place("Lygon Street Oven", "303 Lygon St", "Melbourne", "3053", "AU",
          "+61 3 9347 5520", "AUD"),
      new Place("Pizzeria Sodermalm", "Gotgatan 44", "Stockholm", "118 26", "SE",
          "+46 8 640 2219", "SEK"));

  static final List<Recipe> RECIPES = List.of(
      recipe("Margherita", "San Marzano tomato, fior di latte and fresh basil on a"
          + " leopard-spotted crust.", "9.50", "tomato", "fior di latte", "basil", "olive oil"),
      recipe("Marinara", "The oldest Neapolitan pie: tomato, garlic, oregano and a thread of"
          + " olive oil, no cheese.", "7.50", "tomato", "garlic", "oregano", "olive oil"),
      recipe("Diavola", "Spicy salami over tomato and mozzarella, finished with chili oil.",
          "12.00", "tomato", "mozzarella", "spicy salami", "chili oil"),
      recipe("Quattro Formaggi", "Mozzarella, gorgonzola, fontina and parmigiano melted into"
          + " one another.", "13.00", "mozzarella", "gorgonzola", "fontina", "parmigiano"),
      recipe("Capricciosa", "Ham, artichokes, mushrooms and olives, the pizza of the undecided.",
          "13.50", "tomato", "mozzarella", "ham", "artichokes", "mushrooms", "black olives"),
      recipe("Quattro Stagioni", "Four seasons in four quarters: artichokes, ham, mushrooms and"
          + " olives.", "13.50", "tomato", "mozzarella", "artichokes", "ham", "mushrooms",
          "olives"),
      recipe("Napoletana", "Anchovies, capers and oregano on tomato, salty and bright.", "11.00",
          "tomato", "mozzarella", "anchovies", "capers", "oregano"),
      recipe("Prosciutto e Rucola", "Prosciutto di Parma and peppery rocket laid on after the"
          + " bake, with shaved parmigiano.", "14.50", "tomato", "mozzarella",
          "prosciutto di Parma", "rocket", "parmigiano"),
      recipe("Bufalina", "Buffalo mozzarella torn over tomato straight from the oven.", "13.00",
          "tomato", "buffalo mozzarella", "basil"),
      recipe("Salsiccia e Friarielli", "Fennel sausage and bitter broccoli rabe on a white base.",
          "14.00", "fior di latte", "fennel sausage", "friarielli", "chili"),
      recipe("Ortolana", "Grilled aubergine, courgette and peppers with a basil pesto swirl.",
          "12.50", "tomato", "mozzarella", "aubergine", "courgette", "peppers", "pesto"),
      recipe("Funghi Porcini", "Porcini and field mushrooms, garlic, thyme and taleggio.",
          "15.00", "fior di latte", "porcini", "mushrooms", "garlic", "thyme", "taleggio"),
      recipe("Tartufata", "Black truffle cream, mozzarella and a shower of parmigiano.", "17.00",
          "truffle cream", "mozzarella", "parmigiano"),
      recipe("Carbonara", "Egg yolk, guanciale, pecorino and black pepper, Roman style.", "15.50",
          "egg yolk", "guanciale", "pecorino", "black pepper"),
      recipe("Pistacchio e Mortadella", "Pistachio pesto, mortadella and stracciatella.",
          "16.00", "pistachio pesto", "mortadella", "stracciatella", "fior di latte"),
      recipe("Calabrese", "Nduja melted into tomato with red onion and oregano.", "13.50",
          "tomato", "mozzarella", "nduja", "red onion", "oregano"),
      recipe("Siciliana", "Aubergine, capers, olives and ricotta salata.", "13.00", "tomato",
          "aubergine", "capers", "olives", "ricotta salata"),
      recipe("Pugliese", "Red onion, olives and oregano, as they make it in Bari.", "11.50",
          "tomato", "mozzarella", "red onion", "olives", "oregano"),
      recipe("Bianca al Rosmarino", "A white pizza of olive oil, rosemary and flaky sea salt.",
          "8.00", "olive oil", "rosemary", "sea salt"),
      recipe("Tonno e Cipolla", "Tuna and red onion, a trattoria favourite.", "12.00", "tomato",
          "mozzarella", "tuna", "red onion"),
      recipe("Pepperoni Classic", "Cup-and-char pepperoni on a crisp New York crust.", "14.00",
          "tomato", "low-moisture mozzarella", "pepperoni"),
      recipe("White Clam", "New Haven's clam pie: chopped clams, garlic, oregano, pecorino.",
          "18.00", "clams", "garlic", "oregano", "pecorino", "olive oil"),
      recipe("Hot Honey Soppressata", "Soppressata with a drizzle of chili-infused honey.",
          "16.50", "tomato", "mozzarella", "soppressata", "hot honey"),
      recipe("Detroit Red Top", "Square pan pizza with brick cheese edges and tomato on top.",
          "17.00", "brick cheese", "tomato", "pepperoni"),
      recipe("Chicago Deep Dish", "A tall buttery crust filled with cheese, sausage and chunky"
          + " tomato.", "21.00", "mozzarella", "italian sausage", "tomato", "parmigiano"),
      recipe("Buffalo Chicken", "Spicy buffalo chicken, blue cheese and celery leaves.", "16.00",
          "buffalo chicken", "mozzarella", "blue cheese", "celery"),
      recipe("Veggie Supreme", "Peppers, onions, mushrooms, olives and sweetcorn.", "14.50",
          "tomato", "mozzarella", "peppers", "red onion", "mushrooms", "olives", "sweetcorn"),
      recipe("BBQ Pulled Jackfruit", "Smoky jackfruit, red onion and coriander on barbecue sauce.",
          "15.00", "barbecue sauce", "jackfruit", "red onion", "coriander", "vegan cheese"),
      recipe("Vegan Margherita", "Tomato, cashew mozzarella and basil.", "11.00", "tomato",
          "cashew mozzarella", "basil"),
      recipe("Fig and Gorgonzola", "Black figs, gorgonzola and walnuts with a honey finish.",
          "16.00", "fior di latte", "figs", "gorgonzola", "walnuts", "honey"),
      recipe("Zucca e Salvia", "Roasted pumpkin cream, sage, smoked provola and amaretti crumbs.",
          "15.00", "pumpkin cream", "sage", "smoked provola", "amaretti"),
      recipe("Salmone Affumicato", "Smoked salmon, crème fraîche, capers and dill.", "17.50",
          "crème fraîche", "smoked salmon", "capers", "dill"),
      recipe("Flammkuchen", "Alsatian thin crust with crème fraîche, onion and lardons.", "13.00",
          "crème fraîche", "onion", "lardons"),
      recipe("Patata e Rosmarino", "Paper-thin potato, rosemary and pecorino on a white base.",
          "12.00", "potato", "rosemary", "pecorino", "olive oil"),
      recipe("Gamberi e Limone", "Prawns, lemon zest, garlic and parsley.", "18.50",
          "fior di latte", "prawns", "lemon zest", "garlic", "parsley"),
      recipe("Mexicana", "Chorizo, jalapeños, black beans and sweetcorn.", "15.00", "tomato",
          "mozzarella", "chorizo", "jalapeños", "black beans", "sweetcorn"),
      recipe("Hawaiian", "Ham and pineapple, the one that divides the table.", "13.00", "tomato",
          "mozzarella", "ham", "pineapple"),
      recipe("Burrata e Pomodorini", "Whole burrata on roasted cherry tomatoes and basil oil.",
          "17.00", "cherry tomatoes", "burrata", "basil oil"),
      recipe("Spinaci e Ricotta", "Spinach, ricotta, garlic and a crack of nutmeg.", "13.00",
          "fior di latte", "spinach", "ricotta", "garlic"),
      recipe("Kimchi Bulgogi", "Marinated beef, kimchi and spring onion with gochujang mayo.",
          "18.00", "mozzarella", "bulgogi beef", "kimchi", "spring onion", "gochujang mayo"));

  private final DatabaseAdmin database;

  PizzaSeed(DatabaseAdmin database) {
    this.database = database;
  }

  void run() throws SQLException {
    Random random = new Random(20261203L);
    int pizzerias = 0;
    int pizzas = 0;
    try (Connection db = database.connect()) {
      db.setAutoCommit(false);
      for (int i = 0; i < PLACES.size(); i++) {
        Place place = PLACES.get(i);
        UUID owner = SeedUsers.CREATORS.get(i % SeedUsers.CREATORS.size()).id();
        List<Recipe> menu = new ArrayList<>(RECIPES);
        Collections.shuffle(menu, random);
        if (exists(db, place)) {
          continue;
        }
        long pizzeriaId = insertPizzeria(db, place, owner);
        for (Recipe recipe : menu.subList(0, PIZZAS_PER_PIZZERIA)) {
          insertPizza(db, pizzeriaId, recipe, place.currency(), random);
          pizzas++;
        }
        pizzerias++;
      }
      db.commit();
    }
    int addedPizzerias = pizzerias;
    int addedPizzas = pizzas;
    LOG.info(() -> "Seeded " + addedPizzerias + " pizzeria(s) and " + addedPizzas
        + " pizza(s) into " + database.name());
  }

  private static boolean exists(Connection db, Place place) throws SQLException {
    try (PreparedStatement find = db.prepareStatement(
        "SELECT 1 FROM pizzeria WHERE name = ? AND city = ?")) {
      find.setString(1, place.name());
      find.setString(2, place.city());
      try (ResultSet found = find.executeQuery()) {
        return found.next();
      }
    }
  }

  private static long insertPizzeria(Connection db, Place place, UUID owner)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO pizzeria (name, street, city, postal_code, country, phone, owner_id)
        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
      insert.setString(1, place.name());
      insert.setString(2, place.street());
      insert.setString(3, place.city());
      insert.setString(4, place.postalCode());
      insert.setString(5, place.country());
      insert.setString(6, place.phone());
      insert.setObject(7, owner);
      try (ResultSet key = insert.executeQuery()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  private static void insertPizza(Connection db, long pizzeriaId, Recipe recipe,
      String currency, Random random) throws SQLException {
    BigDecimal price = new BigDecimal(recipe.basePrice())
        .multiply(BigDecimal.valueOf(currency.equals("SEK") ? 11 : 1))
        .add(BigDecimal.valueOf(random.nextInt(5) * 50L, 2));
    long pizzaId;
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO pizza (pizzeria_id, title, description, price_amount, price_currency,
                           like_count)
        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
      insert.setLong(1, pizzeriaId);
      insert.setString(2, recipe.title());
      insert.setString(3, recipe.description());
      insert.setBigDecimal(4, price);
      insert.setString(5, currency);
      insert.setLong(6, random.nextInt(400));
      try (ResultSet key = insert.executeQuery()) {
        key.next();
        pizzaId = key.getLong(1);
      }
    }
    try (PreparedStatement topping = db.prepareStatement(
        "INSERT INTO pizza_topping (pizza_id, position, topping) VALUES (?, ?, ?)")) {
      for (int position = 0; position < recipe.toppings().size(); position++) {
        topping.setLong(1, pizzaId);
        topping.setInt(2, position);
        topping.setString(3, recipe.toppings().get(position));
        topping.addBatch();
      }
      topping.executeBatch();
    }
  }

  private static Recipe recipe(String title, String description, String basePrice,
      String... toppings) {
    return new Recipe(title, description, List.of(toppings), basePrice);
  }
}
