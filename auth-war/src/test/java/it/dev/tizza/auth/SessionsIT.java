package it.dev.tizza.auth;

import static it.dev.tizza.auth.AuthTesting.PASSWORD;
import static it.dev.tizza.auth.AuthTesting.SECRETS;
import static it.dev.tizza.auth.AuthTesting.assertProblem;
import static it.dev.tizza.auth.AuthTesting.logIn;
import static it.dev.tizza.auth.AuthTesting.post;
import static it.dev.tizza.auth.AuthTesting.send;
import static it.dev.tizza.auth.AuthTesting.signUp;
import static it.dev.tizza.auth.AuthTesting.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.model.Session;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class SessionsIT {

  @RESTClient
  public static AccountsApi accounts;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Test
  public void shouldRotateTheRefreshTokenOnEveryUse() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Session first = logIn(email, PASSWORD);

    HttpResponse<String> refreshed = refresh(first.getRefreshToken());
    Session second = JSON.fromJson(refreshed.body(), Session.class);
    remember(second);

    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(second.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
    assertThat(second.getUser().getEmail()).isEqualTo(email);
    assertThat(second.getAccessToken()).isNotBlank();
    assertThat(second.getRefreshExpiresIn()).isPositive();
    assertThat(refresh(second.getRefreshToken()).statusCode()).isEqualTo(200);
  }

  @Test
  public void shouldRevokeTheWholeFamilyWhenASpentTokenIsReused() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Session login = logIn(email, PASSWORD);
    Session next = JSON.fromJson(refresh(login.getRefreshToken()).body(), Session.class);
    remember(next);

    HttpResponse<String> replayed = refresh(login.getRefreshToken());
    HttpResponse<String> afterReplay = refresh(next.getRefreshToken());

    assertProblem(replayed, 401, "unauthorized");
    assertProblem(afterReplay, 401, "unauthorized");
    Session otherLogin = logIn(email, PASSWORD);
    assertThat(refresh(otherLogin.getRefreshToken()).statusCode()).isEqualTo(200);
  }

  @Test
  public void shouldRevokeRefreshTokensOnLogout() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Session login = logIn(email, PASSWORD);

    HttpResponse<String> logout = post("/sessions/logout",
        "{\"refreshToken\":\"" + login.getRefreshToken() + "\"}");

    assertThat(logout.statusCode()).isEqualTo(204);
    assertProblem(refresh(login.getRefreshToken()), 401, "unauthorized");
    assertThat(post("/sessions/logout", "{\"refreshToken\":\"unknown\"}").statusCode())
        .isEqualTo(204);
  }

  @Test
  public void shouldRevokeRefreshTokensWhenThePasswordChanges() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Session login = logIn(email, PASSWORD);
    String newPassword = "a brand new passphrase";
    SECRETS.add(newPassword);

    HttpResponse<String> wrongCurrent = send("PUT", "/users/me/password",
        "{\"currentPassword\":\"not it at all\",\"newPassword\":\"" + newPassword + "\"}",
        login.getAccessToken());
    HttpResponse<String> changed = send("PUT", "/users/me/password",
        "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}",
        login.getAccessToken());

    assertProblem(wrongCurrent, 403, "forbidden");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertProblem(refresh(login.getRefreshToken()), 401, "unauthorized");
    assertProblem(post("/sessions", credentials(email, PASSWORD)), 401, "unauthorized");
    assertThat(logIn(email, newPassword).getUser().getEmail()).isEqualTo(email);
  }

  @Test
  public void shouldThrottleRepeatedFailuresForOneAccount() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Map<String, String> fromAfar = Map.of("X-Forwarded-For", "198.51.100.23");

    for (int attempt = 0; attempt < 5; attempt++) {
      assertProblem(send("POST", "/sessions", credentials(email, "wrong guess " + attempt),
          null, fromAfar), 401, "unauthorized");
    }
    HttpResponse<String> throttled = send("POST", "/sessions", credentials(email, PASSWORD),
        null, fromAfar);

    assertProblem(throttled, 429, "too-many-requests");
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 901L);
    assertThat(throttled.body()).doesNotContain(email);
  }

  @Test
  public void shouldThrottleRepeatedFailuresFromOneClientAddress() throws Exception {
    Map<String, String> oneClient = Map.of("X-Forwarded-For", "203.0.113.77, 10.0.0.1");

    for (int attempt = 0; attempt < 15; attempt++) {
      assertProblem(send("POST", "/sessions", credentials(uniqueEmail(), "guess " + attempt),
          null, oneClient), 401, "unauthorized");
    }
    HttpResponse<String> throttled = send("POST", "/sessions",
        credentials(uniqueEmail(), "one more guess"), null, oneClient);
    HttpResponse<String> otherClient = send("POST", "/sessions",
        credentials(uniqueEmail(), "one more guess"), null,
        Map.of("X-Forwarded-For", "203.0.113.78"));

    assertProblem(throttled, 429, "too-many-requests");
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertProblem(otherClient, 401, "unauthorized");
  }

  @Test
  public void shouldThrottleGuessesOfTheCurrentPassword() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    String token = logIn(email, PASSWORD).getAccessToken();
    Map<String, String> fromAfar = Map.of("X-Forwarded-For", "198.51.100.99");

    for (int attempt = 0; attempt < 5; attempt++) {
      assertProblem(send("PUT", "/users/me/password", "{\"currentPassword\":\"guess "
          + attempt + "\",\"newPassword\":\"another long secret\"}", token, fromAfar), 403,
          "forbidden");
    }
    HttpResponse<String> throttled = send("PUT", "/users/me/password", "{\"currentPassword\":\""
        + PASSWORD + "\",\"newPassword\":\"another long secret\"}", token, fromAfar);

    assertProblem(throttled, 429, "too-many-requests");
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  public void shouldAnswerBadRefreshRequestsWithProblems() throws Exception {
    assertProblem(post("/sessions/refresh", "{}"), 400, "validation");
    assertProblem(post("/sessions/refresh", "{\"refreshToken\":\"" + "x".repeat(201) + "\"}"),
        400, "validation");
    assertProblem(post("/sessions/refresh", "{\"refreshToken\": 5"), 400, "malformed-body");
    assertProblem(post("/sessions/refresh", "{\"refreshToken\":\"never-issued\"}"), 401,
        "unauthorized");
  }

  static HttpResponse<String> refresh(String token) throws Exception {
    return post("/sessions/refresh", "{\"refreshToken\":\"" + token + "\"}");
  }

  static String credentials(String email, String password) {
    SECRETS.add(password);
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  static void remember(Session session) {
    SECRETS.add(session.getAccessToken());
    SECRETS.add(session.getRefreshToken());
  }
}
