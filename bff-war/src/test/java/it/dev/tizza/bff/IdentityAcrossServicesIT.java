package it.dev.tizza.bff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.bff.testclient.AccountApi;
import dev.tizza.bff.testclient.model.Credentials;
import dev.tizza.bff.testclient.model.Me;
import dev.tizza.bff.testclient.model.Session;
import dev.tizza.bff.testclient.model.SignUp;
import dev.tizza.platform.TestTokens;
import dev.tizza.platform.Contract;
import dev.tizza.platform.admin.SeedUsers;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jaxrs.RestClientBuilder;
import org.microshed.testing.jupiter.MicroShedTest;

/** Tokens through the BFF: verified there, passed on to auth, and erasure across services. */
@MicroShedTest
public class IdentityAcrossServicesIT {

  @RESTClient
  public static AccountApi account;

  @BeforeAll
  public static void waitForTheBackends() throws Exception {
    BackendServers.awaitReady();
  }

  @Test
  public void shouldAnswerMeWithTheAccountAndPermissionsFromAuth() throws Exception {
    Session session = account.logIn(new Credentials().email(SeedUsers.CREATOR.email())
        .password(SeedUsers.PASSWORD));

    Me me = new RestClientBuilder().withJwt(session.getAccessToken()).build(AccountApi.class)
        .getMe();

    assertThat(me.getAccount().getId()).isEqualTo(SeedUsers.CREATOR.id());
    assertThat(me.getAccount().getDisplayName()).isEqualTo("Carlo Bianchi");
    assertThat(me.getPermissions()).contains("pizzas:manage-own", "billing:manage-own");
    assertThat(session.getRefreshToken()).isNotBlank();
  }

  @Test
  public void shouldRefreshAndLogOutThroughTheBff() throws Exception {
    Session session = account.logIn(new Credentials().email(SeedUsers.DINER.email())
        .password(SeedUsers.PASSWORD));

    HttpResponse<String> refreshed = post("/refresh",
        "{\"refreshToken\":\"" + session.getRefreshToken() + "\"}");
    String next = refreshed.body().replaceAll(".*\"refreshToken\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> loggedOut = post("/logout", "{\"refreshToken\":\"" + next + "\"}");
    HttpResponse<String> afterLogout = post("/refresh", "{\"refreshToken\":\"" + next + "\"}");

    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(next).isNotEqualTo(session.getRefreshToken());
    assertThat(loggedOut.statusCode()).isEqualTo(204);
    assertThat(afterLogout.statusCode()).isEqualTo(401);
    assertThat(afterLogout.body()).contains("https://tizza.dev/problems/unauthorized");
    assertThat(post("/refresh", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  public void shouldRejectMissingForgedAndForeignTokens() throws Exception {
    UUID user = SeedUsers.DINER.id();
    String valid = TestTokens.valid().forUser(user, "DINER");
    String[] parts = valid.split("\\.");

    HttpResponse<String> anonymous = get("/me", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    for (String token : List.of(
        TestTokens.valid().expired().forUser(user, "DINER"),
        TestTokens.valid().issuedBy("https://evil.example").forUser(user, "DINER"),
        TestTokens.valid().forAudience("another-app").forUser(user, "DINER"),
        parts[0] + "." + parts[1] + "." + parts[2].substring(0, 20) + "AAAA",
        "eyJhbGciOiJub25lIn0." + parts[1] + ".",
        TestTokens.valid().hs256WithThePublicKey(user, "ADMIN"),
        "garbage")) {
      assertThat(get("/me", token).statusCode()).as(token).isEqualTo(401);
      assertThat(get("/feed?limit=1", token).statusCode()).as(token).isEqualTo(401);
    }
    assertThat(get("/feed?limit=1", null).statusCode()).isEqualTo(200);
    assertThat(get("/me", valid).statusCode()).isEqualTo(200);
  }

  @Test
  public void shouldLeaveNothingThatLinksAnErasedUserToTheirEmailOrName() throws Exception {
    String email = "erase-" + UUID.randomUUID() + "@example.com";
    String name = "Zelda " + UUID.randomUUID().toString().substring(0, 8);
    String password = "a long enough secret";
    account.signUp(new SignUp().email(email).password(password).displayName(name));
    Session session = account.logIn(new Credentials().email(email).password(password));
    post("/login", "{\"email\":\"" + email + "\",\"password\":\"wrong password\"}");
    assertThat(occurrences(email, name)).isNotEmpty();

    HttpResponse<String> erased = send("DELETE", "/me", session.getAccessToken());

    assertThat(erased.statusCode()).isEqualTo(204);
    assertThat(occurrences(email, name)).isEmpty();
    assertThat(post("/login", "{\"email\":\"" + email + "\",\"password\":\"" + password
        + "\"}").statusCode()).isEqualTo(401);
  }

  /** Every row of every tizza table, in both databases, whose text mentions either value. */
  static List<String> occurrences(String... values) throws Exception {
    List<String> found = new ArrayList<>();
    for (String database : List.of("tizza_auth_test", "tizza_pizza_test")) {
      try (Connection db = connect(database);
          ResultSet tables = db.createStatement().executeQuery("""
              SELECT quote_ident(table_name) FROM information_schema.tables
              WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""")) {
        List<String> names = new ArrayList<>();
        while (tables.next()) {
          names.add(tables.getString(1));
        }
        assertThat(names).isNotEmpty();
        for (String table : names) {
          for (String value : values) {
            try (PreparedStatement search = db.prepareStatement("SELECT count(*) FROM " + table
                + " AS t WHERE position(lower(?) in lower(t::text)) > 0")) {
              search.setString(1, value);
              try (ResultSet count = search.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                  found.add(database + "." + table + " mentions " + value);
                }
              }
            }
          }
        }
      }
    }
    return found;
  }

  static Connection connect(String database) throws Exception {
    String host = System.getenv().getOrDefault("DB_HOST", "localhost");
    String port = System.getenv().getOrDefault("DB_PORT", "5432");
    return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database,
        System.getenv().getOrDefault("DB_USER", "postgres"),
        System.getenv().getOrDefault("DB_PASSWORD", ""));
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    return send("GET", path, token);
  }

  static HttpResponse<String> send(String method, String path, String token) throws Exception {
    return Contract.of("bff").send(method,
        URI.create(System.getProperty("tizza.it.bff.url") + path), null, token, Map.of());
  }

  static HttpResponse<String> post(String path, String json) throws Exception {
    return Contract.of("bff").send("POST",
        URI.create(System.getProperty("tizza.it.bff.url") + path), json, null, Map.of());
  }
}
