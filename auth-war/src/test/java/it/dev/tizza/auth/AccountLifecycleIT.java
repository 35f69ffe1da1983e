package it.dev.tizza.auth;

import static it.dev.tizza.auth.AuthTesting.PASSWORD;
import static it.dev.tizza.auth.AuthTesting.SECRETS;
import static it.dev.tizza.auth.AuthTesting.accountsAs;
import static it.dev.tizza.auth.AuthTesting.assertProblem;
import static it.dev.tizza.auth.AuthTesting.logIn;
import static it.dev.tizza.auth.AuthTesting.send;
import static it.dev.tizza.auth.AuthTesting.signUp;
import static it.dev.tizza.auth.AuthTesting.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.model.AccountChanges;
import dev.tizza.client.auth.model.Permissions;
import dev.tizza.client.auth.model.Role;
import dev.tizza.client.auth.model.Session;
import dev.tizza.client.auth.model.User;
import dev.tizza.platform.admin.SeedUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class AccountLifecycleIT {

  @RESTClient
  public static AccountsApi accounts;

  @Test
  public void shouldChangeTheDisplayNameAndEmailButKeepEmailsUnique() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Session session = logIn(email, PASSWORD);
    String newEmail = uniqueEmail();

    User changed = accountsAs(session).updateCurrentUser(
        new AccountChanges().displayName("Ada King").email(newEmail.toUpperCase()));
    HttpResponse<String> taken = send("PATCH", "/users/me",
        "{\"email\":\"" + SeedUsers.DINER.email() + "\"}", session.getAccessToken());
    HttpResponse<String> blank = send("PATCH", "/users/me", "{\"displayName\":\"\"}",
        session.getAccessToken());

    assertThat(changed.getDisplayName()).isEqualTo("Ada King");
    assertThat(changed.getEmail()).isEqualTo(newEmail);
    assertProblem(taken, 409, "conflict");
    assertProblem(blank, 400, "validation");
    assertThat(accountsAs(session).getCurrentUser().getEmail()).isEqualTo(newEmail);
  }

  @Test
  public void shouldRefuseCommonAndShortPasswords() throws Exception {
    HttpResponse<String> common = AuthTesting.post("/users", "{\"email\":\"" + uniqueEmail()
        + "\",\"password\":\"Password123!\",\"displayName\":\"A\"}");
    HttpResponse<String> repetitive = AuthTesting.post("/users", "{\"email\":\""
        + uniqueEmail() + "\",\"password\":\"abababababab\",\"displayName\":\"A\"}");

    assertProblem(common, 400, "validation");
    assertThat(common.body()).contains("\"field\":\"password\"")
        .doesNotContain("Password123!");
    assertProblem(repetitive, 400, "validation");
  }

  @Test
  public void shouldDerivePermissionsFromRoles() throws Exception {
    Permissions diner = permissionsOf(SeedUsers.DINER.email());
    Permissions creator = permissionsOf(SeedUsers.CREATOR.email());
    Permissions admin = permissionsOf(SeedUsers.ADMIN.email());

    assertThat(diner.getRoles()).containsExactly(Role.DINER);
    assertThat(diner.getPermissions()).containsExactly("account:manage-own", "pizzas:like");
    assertThat(creator.getPermissions()).contains("pizzas:manage-own", "campaigns:manage-own",
        "billing:manage-own", "pizzerias:create").doesNotContain("users:manage");
    assertThat(admin.getPermissions()).contains("everything:moderate", "users:manage")
        .doesNotContain("billing:manage-own");
  }

  @Test
  public void shouldLetAnAdminGrantAndRevokeRoles() throws Exception {
    String email = uniqueEmail();
    User user = accounts.signUp(signUp(email));
    String admin = logIn(SeedUsers.ADMIN.email(), SeedUsers.PASSWORD).getAccessToken();
    String path = "/users/" + user.getId() + "/roles/CREATOR";

    HttpResponse<String> granted = send("PUT", path, null, admin);
    HttpResponse<String> grantedAgain = send("PUT", path, null, admin);
    Session asCreator = logIn(email, PASSWORD);
    HttpResponse<String> revoked = send("DELETE", path, null, admin);

    assertThat(granted.statusCode()).isEqualTo(200);
    assertThat(granted.body()).contains("CREATOR");
    assertThat(grantedAgain.statusCode()).isEqualTo(200);
    assertThat(asCreator.getUser().getRoles()).containsExactlyInAnyOrder(Role.DINER,
        Role.CREATOR);
    assertThat(revoked.body()).doesNotContain("CREATOR");
    assertThat(send("DELETE", "/users/" + user.getId() + "/roles/ADMIN", null, admin)
        .statusCode()).isEqualTo(200);
  }

  @Test
  public void shouldKeepAdministrationToAdmins() throws Exception {
    User user = accounts.signUp(signUp(uniqueEmail()));
    String diner = logIn(SeedUsers.DINER.email(), SeedUsers.PASSWORD).getAccessToken();
    String admin = logIn(SeedUsers.ADMIN.email(), SeedUsers.PASSWORD).getAccessToken();

    assertProblem(send("GET", "/users", null, null), 401, "unauthorized");
    assertProblem(send("GET", "/users", null, diner), 403, "forbidden");
    assertProblem(send("PUT", "/users/" + user.getId() + "/roles/ADMIN", null, diner), 403,
        "forbidden");
    assertProblem(send("PUT", "/users/" + user.getId() + "/roles/DINER", null, admin), 400,
        "validation");
    assertProblem(send("PUT", "/users/" + user.getId() + "/roles/KING", null, admin), 400,
        "validation");
    assertProblem(send("GET", "/users/not-a-uuid", null, admin), 400, "invalid-parameter");
    assertProblem(send("GET", "/users/00000000-0000-4000-8000-0000000000ff", null, admin),
        404, "not-found");
    assertProblem(send("PUT", "/users/00000000-0000-4000-8000-0000000000ff/roles/ADMIN", null,
        admin), 404, "not-found");
    assertThat(send("GET", "/users/" + user.getId(), null, admin).body())
        .contains(user.getEmail());
  }

  @Test
  public void shouldNotLetAnAdminRevokeTheirOwnAdminRole() throws Exception {
    String admin = logIn(SeedUsers.ADMIN.email(), SeedUsers.PASSWORD).getAccessToken();

    HttpResponse<String> refused = send("DELETE", "/users/" + SeedUsers.ADMIN.id()
        + "/roles/ADMIN", null, admin);

    assertProblem(refused, 409, "conflict");
    assertThat(send("GET", "/users/" + SeedUsers.ADMIN.id(), null, admin).body())
        .contains("ADMIN");
  }

  @Test
  public void shouldRefuseBlankAndNulTextWithoutStoringIt() throws Exception {
    String email = uniqueEmail();

    HttpResponse<String> blank = AuthTesting.post("/users", "{\"email\":\"" + email
        + "\",\"password\":\"long enough pw\",\"displayName\":\"   \"}");
    HttpResponse<String> nul = AuthTesting.post("/users", "{\"email\":\"" + email
        + "\",\"password\":\"long enough pw\",\"displayName\":\"A\\u0000B\"}");
    HttpResponse<String> nulLogin = AuthTesting.post("/sessions",
        "{\"email\":\"a\\u0000@example.com\",\"password\":\"whatever it is\"}");

    assertProblem(blank, 400, "validation");
    assertProblem(nul, 400, "validation");
    assertProblem(nulLogin, 400, "validation");
    assertThat(accounts.signUp(signUp(email)).getEmail()).isEqualTo(email);
  }

  @Test
  public void shouldPageThroughEveryUserForAnAdmin() throws Exception {
    accounts.signUp(signUp(uniqueEmail()));
    String admin = logIn(SeedUsers.ADMIN.email(), SeedUsers.PASSWORD).getAccessToken();

    HttpResponse<String> first = send("GET", "/users?limit=2", null, admin);
    String cursor = first.body().replaceAll(".*\"nextCursor\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> second = send("GET", "/users?limit=2&cursor=" + cursor, null, admin);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains(SeedUsers.DINER.email());
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).doesNotContain(SeedUsers.DINER.email())
        .contains(SeedUsers.SECOND_CREATOR.email());
    assertProblem(send("GET", "/users?cursor=bm9wZQ", null, admin), 400, "invalid-parameter");
  }

  @Test
  public void shouldEraseAnAccountAndRefuseItsTokensAfterwards() throws Exception {
    String email = uniqueEmail();
    accounts.signUp(signUp(email));
    Session session = logIn(email, PASSWORD);

    HttpResponse<String> erased = send("DELETE", "/users/me", null, session.getAccessToken());

    assertThat(erased.statusCode()).isEqualTo(204);
    assertProblem(send("GET", "/users/me", null, session.getAccessToken()), 401,
        "unauthorized");
    assertProblem(AuthTesting.post("/sessions/refresh", "{\"refreshToken\":\""
        + session.getRefreshToken() + "\"}"), 401, "unauthorized");
    assertProblem(AuthTesting.post("/sessions", "{\"email\":\"" + email + "\",\"password\":\""
        + PASSWORD + "\"}"), 401, "unauthorized");
    assertThat(accounts.signUp(signUp(email)).getEmail()).isEqualTo(email);
  }

  @Test
  public void shouldKeepBillingProfilesToCreatorsAndRefuseCardNumbers() throws Exception {
    String creator = logIn(SeedUsers.SECOND_CREATOR.email(), SeedUsers.PASSWORD)
        .getAccessToken();
    String diner = logIn(SeedUsers.DINER.email(), SeedUsers.PASSWORD).getAccessToken();
    String profile = "{\"cardholderName\":\"Sofia Marino\",\"cardBrand\":\"VISA\","
        + "\"cardLast4\":\"4242\",\"expiryMonth\":9,\"expiryYear\":2029,"
        + "\"billingEmail\":\"billing@example.com\"";
    String cardNumber = "4111 1111 1111 1111";
    SECRETS.add(cardNumber);
    SECRETS.add("4111111111111111");

    HttpResponse<String> stored = send("PUT", "/users/me/billing", profile + "}", creator);
    HttpResponse<String> withNumber = send("PUT", "/users/me/billing",
        profile.replace("Sofia Marino", cardNumber) + "}", creator);
    HttpResponse<String> withExtraField = send("PUT", "/users/me/billing",
        profile + ",\"cardNumber\":\"4111-1111-1111-1111\"}", creator);
    HttpResponse<String> withCvc = send("PUT", "/users/me/billing", profile + ",\"cvc\":\"123\"}",
        creator);
    HttpResponse<String> read = send("GET", "/users/me/billing", null, creator);

    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    java.util.List<HttpResponse<String>> disguised = new java.util.ArrayList<>();
    for (String hidden : java.util.List.of("\\u0034111111111111111", "4111.1111.1111.1111",
        "4111/1111/1111/1111", "4111  1111  1111  1111", "4111\\t1111\\t1111\\t1111",
        "\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
            + "\uff11\uff11\uff11\uff11")) {
      disguised.add(send("PUT", "/users/me/billing",
          profile.replace("Sofia Marino", hidden) + "}", creator));
    }
    disguised.add(send("PUT", "/users/me/billing",
        profile + ",\"number\":4111111111111111}", creator));
    for (HttpResponse<String> refused : disguised) {
      assertProblem(refused, 400, "card-data-refused");
    }
    for (HttpResponse<String> refused : java.util.List.of(withNumber, withExtraField, withCvc)) {
      assertProblem(refused, 400, "card-data-refused");
      assertThat(refused.body()).doesNotContain("4111").doesNotContain("123");
    }
    assertThat(read.body()).contains("\"cardLast4\":\"4242\"").contains("Sofia Marino")
        .doesNotContain("4111");
    assertProblem(send("GET", "/users/me/billing", null, diner), 403, "forbidden");
    assertProblem(send("PUT", "/users/me/billing", profile.replace("4242", "42") + "}",
        creator), 400, "validation");
    assertProblem(send("PUT", "/users/me/billing", profile.replace("9,", "13,") + "}",
        creator), 400, "validation");
    assertProblem(send("PUT", "/users/me/billing", profile.replace("VISA", "DINERS") + "}",
        creator), 400, null);
    assertThat(send("DELETE", "/users/me/billing", null, creator).statusCode()).isEqualTo(204);
    assertProblem(send("GET", "/users/me/billing", null, creator), 404, "not-found");
  }

  static Permissions permissionsOf(String email) throws Exception {
    return accountsAs(logIn(email, SeedUsers.PASSWORD)).getCurrentPermissions();
  }
}
