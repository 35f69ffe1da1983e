package dev.tizza.bff.rest;

import dev.tizza.bff.api.AccountApi;
import dev.tizza.bff.api.model.Account;
import dev.tizza.bff.api.model.Credentials;
import dev.tizza.bff.api.model.Session;
import dev.tizza.bff.api.model.SignUp;
import dev.tizza.bff.api.model.Me;
import dev.tizza.bff.api.model.RefreshRequest;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.backend.Backends;
import dev.tizza.bff.backend.CallerToken;
import dev.tizza.bff.client.auth.AccountsApi;
import dev.tizza.bff.client.auth.ApiException;
import dev.tizza.bff.client.auth.SessionsApi;
import dev.tizza.bff.client.auth.model.Permissions;
import dev.tizza.bff.client.auth.model.User;
import dev.tizza.platform.ClientAddress;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Signing up, logging in and the caller's own account, passed to the auth service. */
@RequestScoped
public class AccountResource implements AccountApi {

  @Inject
  @RestClient
  AccountsApi accounts;


  @Inject
  Backends backends;

  @Resource
  ManagedExecutorService executor;

  @Context
  SecurityContext security;

  @Context
  HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "trusted.proxies")
  Optional<String> trustedProxies;

  @Override
  public Response signUp(SignUp signUp) {
    try {
      User user = accounts.signUp(new dev.tizza.bff.client.auth.model.SignUp()
          .email(signUp.getEmail())
          .password(signUp.getPassword())
          .displayName(signUp.getDisplayName()));
      return Response.status(Response.Status.CREATED).entity(toAccount(user)).build();
    } catch (ApiException failure) {
      throw BackendFailures.translate("auth", failure.getResponse());
    } catch (ProcessingException unreachable) {
      throw BackendFailures.unavailable("auth", unreachable);
    }
  }

  @Override
  public Response logIn(Credentials credentials) {
    try {
      var sent = new dev.tizza.bff.client.auth.model.Credentials()
          .email(credentials.getEmail())
          .password(credentials.getPassword());
      dev.tizza.bff.client.auth.model.Session session =
          backends.authFrom(SessionsApi.class, clientAddress()).logIn(sent);
      return Response.ok(toSession(session)).header("Cache-Control", "no-store").build();
    } catch (ApiException failure) {
      throw BackendFailures.translate("auth", failure.getResponse());
    } catch (ProcessingException unreachable) {
      throw BackendFailures.unavailable("auth", unreachable);
    }
  }

  @Override
  public Response refresh(RefreshRequest refresh) {
    try {
      dev.tizza.bff.client.auth.model.Session session =
          backends.authFrom(SessionsApi.class, clientAddress()).refreshSession(
              new dev.tizza.bff.client.auth.model.RefreshRequest()
                  .refreshToken(refresh.getRefreshToken()));
      return Response.ok(toSession(session)).header("Cache-Control", "no-store").build();
    } catch (ApiException failure) {
      throw BackendFailures.translate("auth", failure.getResponse());
    } catch (ProcessingException unreachable) {
      throw BackendFailures.unavailable("auth", unreachable);
    }
  }

  @Override
  public Response logOut(RefreshRequest refresh) {
    try {
      backends.authFrom(SessionsApi.class, clientAddress()).logOut(
          new dev.tizza.bff.client.auth.model.RefreshRequest()
              .refreshToken(refresh.getRefreshToken()));
      return Response.noContent().build();
    } catch (ApiException failure) {
      throw BackendFailures.translate("auth", failure.getResponse());
    } catch (ProcessingException unreachable) {
      throw BackendFailures.unavailable("auth", unreachable);
    }
  }

  @Override
  public Response getMe() {
    CallerToken token = CallerToken.of(security);
    AccountsApi asCaller = backends.auth(AccountsApi.class, token);

    CompletableFuture<User> user = call(asCaller::getCurrentUser);
    CompletableFuture<Permissions> permissions = call(asCaller::getCurrentPermissions);
    Me me = new Me()
        .account(toAccount(join(user)))
        .permissions(join(permissions).getPermissions());
    return Response.ok(me).header("Cache-Control", "private, no-cache").build();
  }

  @Override
  public Response eraseMe() {
    CallerToken token = CallerToken.of(security);
    try {
      backends.auth(AccountsApi.class, token).eraseCurrentUser();
      return Response.noContent().build();
    } catch (ApiException failure) {
      throw BackendFailures.translate("auth", failure.getResponse());
    } catch (ProcessingException unreachable) {
      throw BackendFailures.unavailable("auth", unreachable);
    }
  }

  /** The browser's address, as seen by us or told by an ingress we trust. */
  private String clientAddress() {
    return ClientAddress.of(request, ClientAddress.parse(trustedProxies.orElse("")));
  }

  /** One auth call on the managed executor, so that a screen's calls run side by side. */
  private <T> CompletableFuture<T> call(AuthCall<T> call) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return call.run();
      } catch (ApiException failure) {
        throw BackendFailures.translate("auth", failure.getResponse());
      } catch (ProcessingException unreachable) {
        throw BackendFailures.unavailable("auth", unreachable);
      }
    }, executor);
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException failure) {
      if (failure.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failure;
    }
  }

  @FunctionalInterface
  private interface AuthCall<T> {
    T run() throws ApiException;
  }

  private static Session toSession(dev.tizza.bff.client.auth.model.Session session) {
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
