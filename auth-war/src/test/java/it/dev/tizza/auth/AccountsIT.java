package it.dev.tizza.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tizza.auth.client.AccountsApi;
import dev.tizza.auth.client.KeysApi;
import dev.tizza.auth.client.SessionsApi;
import dev.tizza.auth.client.model.Credentials;
import dev.tizza.auth.client.model.KeySet;
import dev.tizza.auth.client.model.Role;
import dev.tizza.auth.client.model.Session;
import dev.tizza.auth.client.model.SignUp;
import dev.tizza.auth.client.model.User;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jaxrs.RestClientBuilder;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class AccountsIT {

  private static final String PASSWORD = "correct horse battery";

  @RESTClient
  public static AccountsApi accounts;

  @RESTClient
  public static SessionsApi sessions;

  @RESTClient
  public static KeysApi keys;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static String uniqueEmail() {
    return "it-" + UUID.randomUUID() + "@example.com";
  }

  @Test
  public void shouldCreateADinerAccountOnSignUp() throws Exception {
    String email = uniqueEmail();

    User user = accounts.signUp(signUp(email));

    assertThat(user.getEmail()).isEqualTo(email);
    assertThat(user.getDisplayName()).isEqualTo("Ada Lovelace");
    assertThat(user.getRoles()).containsExactly(Role.DINER);
    assertThat(user.getId()).isNotNull();
    assertThat(user.getCreatedAt()).isNotNull();
  }

  @Test
  public void shouldRejectAnEmailTakenInAnotherCase() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));

    assertThatThrownBy(() -> accounts.signUp(signUp(email.toUpperCase())))
        .isInstanceOfSatisfying(WebApplicationException.class, failure -> {
          assertThat(failure.getResponse().getStatus()).isEqualTo(409);
          assertThat(failure.getResponse().getMediaType().toString())
              .startsWith("application/problem+json");
        });
  }

  @Test
  public void shouldLogInAndReadTheCurrentAccountWithTheToken() throws Exception {
    String email = uniqueEmail();
    User created = accounts.signUp(signUp(email));

    Session session = sessions.logIn(new Credentials().email(email.toUpperCase())
        .password(PASSWORD));
    AccountsApi signedIn = new RestClientBuilder().withJwt(session.getAccessToken())
        .build(AccountsApi.class);

    assertThat(session.getTokenType()).isEqualTo("Bearer");
    assertThat(session.getExpiresIn()).isPositive();
    assertThat(signedIn.getCurrentUser().getId()).isEqualTo(created.getId());
    String claims = new String(Base64.getUrlDecoder()
        .decode(session.getAccessToken().split("\\.")[1]));
    assertThat(claims).contains("\"sub\":\"" + created.getId() + "\"")
        .contains("\"groups\":[\"DINER\"]").contains("\"jti\"").contains("\"aud\"")
        .doesNotContain(email);
  }

  @Test
  public void shouldAnswerAWrongPasswordAndAnUnknownEmailAlike() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));

    HttpResponse<String> wrongPassword = post("/sessions",
        "{\"email\":\"" + email + "\",\"password\":\"not the password\"}");
    HttpResponse<String> unknownEmail = post("/sessions",
        "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"not the password\"}");

    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownEmail.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
  }

  @Test
  public void shouldRefuseTheCurrentAccountWithoutAValidToken() throws Exception {
    AccountsApi forged = new RestClientBuilder().withJwt("e30.e30.c2lnbmF0dXJl")
        .build(AccountsApi.class);

    assertThatThrownBy(() -> accounts.getCurrentUser())
        .isInstanceOfSatisfying(WebApplicationException.class,
            failure -> assertThat(failure.getResponse().getStatus()).isEqualTo(401));
    assertThatThrownBy(forged::getCurrentUser)
        .isInstanceOfSatisfying(WebApplicationException.class,
            failure -> assertThat(failure.getResponse().getStatus()).isEqualTo(401));
  }

  @Test
  public void shouldAnswerBadSignUpsWithProblemsNamingTheFields() throws Exception {
    HttpResponse<String> missing = post("/users", "{\"email\":\"x@example.com\"}");
    HttpResponse<String> invalidEmail = post("/users",
        "{\"email\":\"not-an-email\",\"password\":\"long enough pw\",\"displayName\":\"A\"}");
    HttpResponse<String> tooLong = post("/users", "{\"email\":\"" + uniqueEmail()
        + "\",\"password\":\"long enough pw\",\"displayName\":\"" + "x".repeat(81) + "\"}");
    HttpResponse<String> shortPassword = post("/users", "{\"email\":\"" + uniqueEmail()
        + "\",\"password\":\"short\",\"displayName\":\"A\"}");

    assertProblem(missing, 400, "validation");
    assertThat(missing.body()).contains("password").contains("displayName");
    assertProblem(invalidEmail, 400, "validation");
    assertThat(invalidEmail.body()).contains("email").doesNotContain("long enough pw");
    assertProblem(tooLong, 400, "validation");
    assertThat(tooLong.body()).contains("displayName");
    assertProblem(shortPassword, 400, "validation");
    assertThat(shortPassword.body()).doesNotContain("\"short\"");
  }

  @Test
  public void shouldAnswerMalformedAndMistypedBodiesWith400() throws Exception {
    assertProblem(post("/users", "{\"email\": "), 400, "malformed-body");
    assertProblem(post("/users", "[1,2,3]"), 400, "malformed-body");
    assertProblem(post("/sessions", "{\"email\": {\"a\": 1}, \"password\": 7}"), 400,
        "malformed-body");
    assertProblem(post("/sessions", ""), 400, null);
  }

  @Test
  public void shouldAnswerAWrongContentTypeWith415() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/users"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertProblem(response, 415, "unsupported-media-type");
  }

  @Test
  public void shouldPublishTheSigningKeyAsJwks() throws Exception {
    KeySet set = keys.getSigningKeys();

    assertThat(set.getKeys()).hasSize(1);
    assertThat(set.getKeys().get(0).getKty()).isEqualTo("RSA");
    assertThat(set.getKeys().get(0).getKid()).isNotBlank();
    assertThat(set.getKeys().get(0).getN()).isNotBlank();
  }

  static SignUp signUp(String email) {
    return new SignUp().email(email).password(PASSWORD).displayName("Ada Lovelace");
  }

  static URI uri(String path) {
    return URI.create("http://localhost:" + System.getProperty("microshed_http_port") + "/api"
        + path);
  }

  static HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    if (type != null) {
      assertThat(response.body()).contains("https://tizza.dev/problems/" + type);
    }
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.");
  }
}
