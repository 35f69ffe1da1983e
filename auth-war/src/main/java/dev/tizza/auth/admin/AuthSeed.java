package dev.tizza.auth.admin;

import dev.tizza.auth.domain.Passwords;
import dev.tizza.platform.admin.DatabaseAdmin;
import dev.tizza.platform.admin.SeedUsers;
import dev.tizza.platform.admin.SeedUsers.SeedUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;

/** Loads the seed accounts; running it again changes nothing. */
final class AuthSeed {

  private static final Logger LOG = Logger.getLogger(AuthSeed.class.getName());

  private final DatabaseAdmin database;

  AuthSeed(DatabaseAdmin database) {
    this.database = database;
  }

  void run() throws SQLException {
    Passwords passwords = new Passwords();
    int added = 0;
    try (Connection db = database.connect();
        PreparedStatement account = db.prepareStatement("""
            INSERT INTO user_account (id, email, display_name, password_hash)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"""
        );
        PreparedStatement role = db.prepareStatement(
            "INSERT INTO user_role (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      db.setAutoCommit(false);
      for (SeedUser user : SeedUsers.ALL) {
        account.setObject(1, user.id());
        account.setString(2, user.email());
        account.setString(3, user.displayName());
        account.setString(4, passwords.hash(SeedUsers.PASSWORD));
        added += account.executeUpdate();
        for (String name : user.roles()) {
          role.setObject(1, user.id());
          role.setString(2, name);
          role.executeUpdate();
        }
      }
      db.commit();
    }
    int total = added;
    LOG.info(() -> "Seeded " + total + " new account(s) into " + database.name());
  }
}
