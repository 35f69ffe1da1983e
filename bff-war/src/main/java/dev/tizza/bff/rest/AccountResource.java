package dev.tizza.bff.rest;

import dev.tizza.bff.api.AccountApi;
import dev.tizza.bff.api.model.Account;
import dev.tizza.bff.api.model.Credentials;
import dev.tizza.bff.api.model.Session;
import dev.tizza.bff.api.model.SignUp;
import dev.tizza.bff.api.model.Me;
import dev.tizza.bff.api.model.RefreshRequest;
import dev.tizza.bff.backend.BackendCalls;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.backend.Backends;
import dev.tizza.bff.backend.CallerToken;
import dev.tizza.client.auth.AccountsApi;
import dev.tizza.client.auth.SessionsApi;
import dev.tizza.client.auth.model.Permissions;
import dev.tizza.client.auth.model.User;
import dev.tizza.platform.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.concurrent.CompletionStage;

/** Signing up, logging in and the caller's own account, passed to the auth service. */
@RequestScoped
public class AccountResource implements AccountApi {

  @Inject
  Backends backends;

  @Inject
  BackendCalls calls;

  @Context
  SecurityContext security;

  @Context
  HttpServletRequest request;

  @Inject
  ClientAddress clientAddresses;

  @Override
  public Response signUp(SignUp signUp) {
    var sent = new dev.tizza.client.auth.model.SignUp()
        .email(signUp.getEmail())
        .password(signUp.getPassword())
        .displayName(signUp.getDisplayName());
    AccountsApi accounts = backends.authFrom(AccountsApi.class, clientAddresses.of(request));
    User user = BackendFailures.await("auth", calls.auth(false, () -> accounts.signUp(sent)));
    return Response.status(Response.Status.CREATED).entity(toAccount(user)).build();
  }

  @Override
  public Response logIn(Credentials credentials) {
    var sent = new dev.tizza.client.auth.model.Credentials()
        .email(credentials.getEmail())
        .password(credentials.getPassword());
    return session(sessions -> sessions.logIn(sent));
  }

  @Override
  public Response refresh(RefreshRequest refresh) {
    return session(sessions -> sessions.refreshSession(toBackend(refresh)));
  }

  @Override
  public Response logOut(RefreshRequest refresh) {
    SessionsApi sessions = backends.authFrom(SessionsApi.class, clientAddresses.of(request));
    BackendFailures.await("auth", calls.auth(false, () -> {
      sessions.logOut(toBackend(refresh));
      return null;
    }));
    return Response.noContent().build();
  }

  @Override
  public Response getMe() {
    CallerToken token = CallerToken.of(security);
    AccountsApi asCaller = backends.auth(AccountsApi.class, token);

    CompletionStage<User> user = calls.auth(true, asCaller::getCurrentUser);
    CompletionStage<Permissions> permissions = calls.auth(true, asCaller::getCurrentPermissions);
    Me me = new Me()
        .account(toAccount(BackendFailures.await("auth", user)))
        .permissions(BackendFailures.await("auth", permissions).getPermissions());
    return Response.ok(me).header("Cache-Control", "private, no-cache").build();
  }

  @Override
  public Response eraseMe() {
    AccountsApi asCaller = backends.auth(AccountsApi.class, CallerToken.of(security));
    BackendFailures.await("auth", calls.auth(false, () -> {
      asCaller.eraseCurrentUser();
      return null;
    }));
    return Response.noContent().build();
  }

  /**
   * A session call to auth on behalf of the browser, named by its address so that auth
   * throttles failed logins per browser rather than per BFF.
   */
  private Response session(SessionCall call) {
    SessionsApi sessions = backends.authFrom(SessionsApi.class, clientAddresses.of(request));
    dev.tizza.client.auth.model.Session session =
        BackendFailures.await("auth", calls.auth(false, () -> call.run(sessions)));
    return Response.ok(toSession(session)).header("Cache-Control", "no-store").build();
  }

  @FunctionalInterface
  private interface SessionCall {
    dev.tizza.client.auth.model.Session run(SessionsApi sessions) throws Exception;
  }

  private static dev.tizza.client.auth.model.RefreshRequest toBackend(
      RefreshRequest refresh) {
    return new dev.tizza.client.auth.model.RefreshRequest()
        .refreshToken(refresh.getRefreshToken());
  }

  private static Session toSession(dev.tizza.client.auth.model.Session session) {
    return new Session()
        .accessToken(session.getAccessToken())
        .expiresIn(session.getExpiresIn())
        .refreshToken(session.getRefreshToken())
        .account(toAccount(session.getUser()));
  }

  private static Account toAccount(User user) {
    return new Account()
        .id(user.getId())
        .email(user.getEmail())
        .displayName(user.getDisplayName())
        .roles(user.getRoles().stream()
            .map(role -> Account.RolesEnum.fromString(role.toString()))
            .toList());
  }
}
