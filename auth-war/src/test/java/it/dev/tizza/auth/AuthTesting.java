package it.dev.tizza.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.SessionsApi;
import dev.tizza.client.auth.model.Credentials;
import dev.tizza.client.auth.model.Session;
import dev.tizza.client.auth.model.SignUp;
import dev.tizza.platform.Contract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.microshed.testing.jaxrs.RestClientBuilder;

/** What the auth integration tests share: raw HTTP, sign-ups, and the secrets they used. */
final class AuthTesting {

  /** Every password, token and card number a test sent; none may ever appear in a log. */
  static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

  static final String PASSWORD = "correct horse battery";

  private AuthTesting() {
  }

  static String uniqueEmail() {
    return "it-" + UUID.randomUUID() + "@example.com";
  }

  static SignUp signUp(String email) {
    SECRETS.add(PASSWORD);
    return new SignUp().email(email).password(PASSWORD).displayName("Ada Lovelace");
  }

  static Session logIn(String email, String password) throws Exception {
    Session session = new RestClientBuilder().build(SessionsApi.class)
        .logIn(new Credentials().email(email).password(password));
    SECRETS.add(password);
    SECRETS.add(session.getAccessToken());
    SECRETS.add(session.getRefreshToken());
    return session;
  }

  static <T> T as(Session session, Class<T> api) {
    return new RestClientBuilder().withJwt(session.getAccessToken()).build(api);
  }

  static AccountsApi accountsAs(Session session) {
    return as(session, AccountsApi.class);
  }

  static URI uri(String path) {
    return URI.create("http://localhost:" + System.getProperty("microshed_http_port") + "/api"
        + path);
  }

  static HttpResponse<String> send(String method, String path, String json, String token)
      throws IOException, InterruptedException {
    return send(method, path, json, token, Map.of());
  }

  static HttpResponse<String> send(String method, String path, String json, String token,
      Map<String, String> headers) throws IOException, InterruptedException {
    return Contract.of("auth").send(method, uri(path), json, token, headers);
  }

  static HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return send("POST", path, json, null);
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
