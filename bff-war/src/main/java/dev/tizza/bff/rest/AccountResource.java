package dev.tizza.bff.rest;

import dev.tizza.bff.api.AccountApi;
import dev.tizza.bff.api.model.Account;
import dev.tizza.bff.api.model.Credentials;
import dev.tizza.bff.api.model.Session;
import dev.tizza.bff.api.model.SignUp;
import dev.tizza.bff.backend.BackendFailures;
import dev.tizza.bff.client.auth.AccountsApi;
import dev.tizza.bff.client.auth.ApiException;
import dev.tizza.bff.client.auth.SessionsApi;
import dev.tizza.bff.client.auth.model.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Signing up and logging in, passed to the auth service. */
@RequestScoped
public class AccountResource implements AccountApi {

  @Inject
  @RestClient
  AccountsApi accounts;

  @Inject
  @RestClient
  SessionsApi sessions;

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
      throw BackendFailures.unavailable("auth");
    }
  }

  @Override
  public Response logIn(Credentials credentials) {
    try {
      dev.tizza.bff.client.auth.model.Session session = sessions.logIn(
          new dev.tizza.bff.client.auth.model.Credentials()
              .email(credentials.getEmail())
              .password(credentials.getPassword()));
      Session body = new Session()
          .accessToken(session.getAccessToken())
          .expiresIn(session.getExpiresIn())
          .account(toAccount(session.getUser()));
      return Response.ok(body).header("Cache-Control", "no-store").build();
    } catch (ApiException failure) {
      throw BackendFailures.translate("auth", failure.getResponse());
    } catch (ProcessingException unreachable) {
      throw BackendFailures.unavailable("auth");
    }
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
