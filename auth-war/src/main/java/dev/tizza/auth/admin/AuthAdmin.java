package dev.tizza.auth.admin;

import dev.tizza.platform.admin.DatabaseAdmin;

/**
 * One-off commands of the auth service, run with the same build and environment as the
 * service: {@code migrate}, {@code seed} and {@code reset}, one or more in a row.
 */
public final class AuthAdmin {

  private AuthAdmin() {
  }

  public static void main(String[] args) {
    DatabaseAdmin.main("auth", args, "tizza_auth", database -> new AuthSeed(database).run());
  }
}
