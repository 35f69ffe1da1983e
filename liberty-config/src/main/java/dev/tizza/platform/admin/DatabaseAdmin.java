package dev.tizza.platform.admin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The one-off database commands of a service (twelve-factor admin processes): they read the
 * same DB_* environment variables as the running service and apply the migrations shipped in
 * its build.
 */
public final class DatabaseAdmin {

  private static final Logger LOG = Logger.getLogger(DatabaseAdmin.class.getName());

  private final String host;
  private final String port;
  private final String name;
  private final String user;
  private final String password;

  public DatabaseAdmin(Map<String, String> env, String defaultName) {
    this.host = env.getOrDefault("DB_HOST", "localhost");
    this.port = env.getOrDefault("DB_PORT", "5432");
    this.name = env.getOrDefault("DB_NAME", defaultName);
    this.user = env.getOrDefault("DB_USER", "postgres");
    this.password = env.getOrDefault("DB_PASSWORD", "");
  }

  public String name() {
    return name;
  }

  public String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public Connection connect() throws SQLException {
    return connectTo(name);
  }

  private Connection connectTo(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("connectTimeout", "5");
    props.setProperty("ApplicationName", "tizza-admin");
    return DriverManager.getConnection(url(database), props);
  }

  /**
   * Creates the database when it is missing and the user may do so; a managed database that
   * exists already is left alone.
   */
  public void createDatabaseIfMissing() throws SQLException {
    try (Connection maintenance = connectTo("postgres");
        PreparedStatement exists = maintenance.prepareStatement(
            "SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, name);
      try (ResultSet found = exists.executeQuery()) {
        if (found.next()) {
          return;
        }
      }
      if (!name.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("Refusing to create database with name " + name);
      }
      try (Statement create = maintenance.createStatement()) {
        create.execute("CREATE DATABASE " + name);
      }
      LOG.info(() -> "Created database " + name);
    }
  }

  /** Applies the pending migrations found under classpath db/migration. */
  public int migrate() throws SQLException {
    createDatabaseIfMissing();
    int applied = flyway(false).migrate().migrationsExecuted;
    LOG.info(() -> "Database " + name + ": " + applied + " migration(s) applied");
    return applied;
  }

  /** Drops everything and migrates again; only ever on a database whose name ends in _test. */
  public void reset() throws SQLException {
    if (!name.endsWith("_test")) {
      throw new IllegalStateException("reset only runs on a *_test database, not " + name);
    }
    createDatabaseIfMissing();
    Flyway flyway = flyway(true);
    flyway.clean();
    flyway.migrate();
    LOG.info(() -> "Database " + name + " reset");
  }

  private Flyway flyway(boolean allowClean) {
    return Flyway.configure(DatabaseAdmin.class.getClassLoader())
        .dataSource(url(name), user, password)
        .locations("classpath:db/migration")
        .cleanDisabled(!allowClean)
        .load();
  }

  /** Loads a service's seed data into its migrated database. */
  @FunctionalInterface
  public interface Seeder {
    void seed(DatabaseAdmin database) throws Exception;
  }

  /**
   * The admin process of a service: runs the commands named on the command line in order,
   * each of {@code migrate}, {@code seed} (migrates first; idempotent) and {@code reset}
   * (test databases only).
   */
  public static void main(String service, String[] commands, String defaultDatabase,
      Seeder seeder) {
    if (commands.length == 0) {
      usage(service);
    }
    DatabaseAdmin database = new DatabaseAdmin(System.getenv(), defaultDatabase);
    for (String command : commands) {
      switch (command) {
        case "migrate" -> execute(command, database::migrate);
        case "reset" -> execute(command, database::reset);
        case "seed" -> execute(command, () -> {
          database.migrate();
          seeder.seed(database);
        });
        default -> usage(service);
      }
    }
  }

  private static void usage(String service) {
    System.err.println("usage: " + service + " admin (migrate|seed|reset)...");
    System.exit(2);
  }

  /** One step of an admin command. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /**
   * Runs one admin command; when it fails, prints one readable line that names the variables
   * to check and exits non-zero.
   */
  static void execute(String command, Step step) {
    try {
      step.run();
    } catch (Exception failure) {
      Throwable root = failure;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      System.err.println("tizza " + command + " failed: " + root.getMessage()
          + " (check DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD)");
      System.exit(1);
    }
  }
}
