package it.dev.tizza.auth;

import static it.dev.tizza.auth.AuthTesting.PASSWORD;
import static it.dev.tizza.auth.AuthTesting.assertProblem;
import static it.dev.tizza.auth.AuthTesting.logIn;
import static it.dev.tizza.auth.AuthTesting.post;
import static it.dev.tizza.auth.AuthTesting.send;
import static it.dev.tizza.auth.AuthTesting.signUp;
import static it.dev.tizza.auth.AuthTesting.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.KeysApi;
import dev.tizza.client.auth.SessionsApi;
import dev.tizza.client.auth.model.KeySet;
import dev.tizza.client.auth.model.Role;
import dev.tizza.client.auth.model.Session;
import dev.tizza.client.auth.model.User;
import dev.tizza.platform.Contract;
import jakarta.ws.rs.WebApplicationException;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jaxrs.RestClientBuilder;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class AccountsIT {

  @RESTClient
  public static AccountsApi accounts;

  @RESTClient
  public static SessionsApi sessions;

  @RESTClient
  public static KeysApi keys;

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

    Session session = logIn(email.toUpperCase(), PASSWORD);
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
    HttpResponse<String> response = send("POST", "/users", null, null,
        java.util.Map.of("Content-Type", "text/plain"));

    assertProblem(response, 415, "unsupported-media-type");
  }

  @Test
  public void shouldServeItsSpecAsWritten() throws Exception {
    Contract.of("auth").assertServedAsWritten(AuthTesting.uri("/"));
  }

  @Test
  public void shouldPublishTheSigningKeyAsJwks() throws Exception {
    KeySet set = keys.getSigningKeys();

    assertThat(set.getKeys()).hasSize(1);
    assertThat(set.getKeys().get(0).getKty()).isEqualTo("RSA");
    assertThat(set.getKeys().get(0).getKid()).isNotBlank();
    assertThat(set.getKeys().get(0).getN()).isNotBlank();
  }
}
