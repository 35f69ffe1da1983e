package dev.tizza.platform.admin;

import java.util.List;
import java.util.UUID;

/**
 * The accounts of the local seed data set. Their ids are fixed so that the pizza service's
 * seed can name pizzeria owners by id alone, as it does for any user.
 */
public final class SeedUsers {

  /** The password of every seeded account: for local development only. */
  public static final String PASSWORD = "pizza-lover-2026";

  public record SeedUser(UUID id, String email, String displayName, List<String> roles) {
  }

  public static final SeedUser DINER = user("00000000-0000-4000-8000-000000000001",
      "dina@tizza.dev", "Dina Rossi", "DINER");
  public static final SeedUser CREATOR = user("00000000-0000-4000-8000-000000000002",
      "carlo@tizza.dev", "Carlo Bianchi", "DINER", "CREATOR");
  public static final SeedUser SECOND_CREATOR = user("00000000-0000-4000-8000-000000000003",
      "sofia@tizza.dev", "Sofia Marino", "DINER", "CREATOR");
  public static final SeedUser THIRD_CREATOR = user("00000000-0000-4000-8000-000000000004",
      "luca@tizza.dev", "Luca Greco", "DINER", "CREATOR");
  public static final SeedUser ADMIN = user("00000000-0000-4000-8000-000000000005",
      "ada@tizza.dev", "Ada Conti", "DINER", "ADMIN");

  public static final List<SeedUser> ALL =
      List.of(DINER, CREATOR, SECOND_CREATOR, THIRD_CREATOR, ADMIN);

  public static final List<SeedUser> CREATORS = List.of(CREATOR, SECOND_CREATOR, THIRD_CREATOR);

  private SeedUsers() {
  }

  private static SeedUser user(String id, String email, String name, String... roles) {
    return new SeedUser(UUID.fromString(id), email, name, List.of(roles));
  }
}
