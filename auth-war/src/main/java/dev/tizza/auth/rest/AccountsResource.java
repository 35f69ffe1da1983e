package dev.tizza.auth.rest;

import dev.tizza.auth.api.AccountsApi;
import dev.tizza.auth.api.model.SignUp;
import dev.tizza.auth.domain.Accounts;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.auth.token.AccessTokens;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@RequestScoped
public class AccountsResource implements AccountsApi {

  @Inject
  Accounts accounts;

  @Inject
  AccessTokens tokens;

  @Context
  HttpHeaders headers;

  @Override
  public Response signUp(SignUp signUp) {
    UserAccount account =
        accounts.signUp(signUp.getEmail(), signUp.getDisplayName(), signUp.getPassword());
    return Response.status(Response.Status.CREATED).entity(UserMapper.toUser(account)).build();
  }

  @Override
  public Response getCurrentUser() {
    UUID userId = callerId();
    UserAccount account = accounts.findById(userId)
        .orElseThrow(() -> new ProblemException(ProblemKind.NOT_FOUND, "The account is gone."));
    return Response.ok(UserMapper.toUser(account)).build();
  }

  private UUID callerId() {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized();
    }
    return tokens.verify(authorization.substring(7).strip()).orElseThrow(this::unauthorized);
  }

  private ProblemException unauthorized() {
    return new ProblemException(ProblemKind.UNAUTHORIZED, "A valid bearer token is required.");
  }
}
