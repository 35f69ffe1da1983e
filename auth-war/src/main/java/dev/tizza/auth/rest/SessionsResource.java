package dev.tizza.auth.rest;

import dev.tizza.auth.api.SessionsApi;
import dev.tizza.auth.api.model.Credentials;
import dev.tizza.auth.api.model.RefreshRequest;
import dev.tizza.auth.api.model.Session;
import dev.tizza.auth.domain.Accounts;
import dev.tizza.auth.domain.LoginThrottle;
import dev.tizza.auth.domain.RefreshTokens;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.auth.token.AccessTokens;
import dev.tizza.platform.ClientAddress;
import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;

@RequestScoped
public class SessionsResource implements SessionsApi {

  private static final Logger LOG = Logger.getLogger(SessionsResource.class.getName());

  @Inject
  Accounts accounts;

  @Inject
  AccessTokens tokens;

  @Inject
  RefreshTokens refreshTokens;

  @Inject
  LoginThrottle throttle;

  @Inject
  ClientAddress clientAddresses;

  @Context
  HttpServletRequest request;

  @Override
  public Response logIn(Credentials credentials) {
    String client = clientAddresses.of(request);
    OptionalLong wait = throttle.retryAfter(credentials.getEmail(), client);
    if (wait.isPresent()) {
      LOG.info("Login refused: too many recent failures");
      throw tooManyFailures(wait.getAsLong());
    }

    UserAccount account = accounts.authenticate(credentials.getEmail(), credentials.getPassword())
        .orElse(null);
    if (account == null) {
      throttle.recordFailure(credentials.getEmail(), client);
      LOG.info("Failed login");
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "Wrong email or password.");
    }
    throttle.forget(credentials.getEmail());
    LOG.info(() -> "Account " + account.id() + " logged in");
    return session(account, refreshTokens.issue(account.id()));
  }

  @Override
  public Response refreshSession(RefreshRequest refresh) {
    RefreshTokens.Rotation rotation = refreshTokens.rotate(refresh.getRefreshToken())
        .orElseThrow(() -> new ProblemException(ProblemKind.UNAUTHORIZED,
            "The refresh token is not valid; log in again."));
    UserAccount account = accounts.findById(rotation.userId())
        .orElseThrow(() -> new ProblemException(ProblemKind.UNAUTHORIZED, "Log in again."));
    return session(account, rotation.next());
  }

  @Override
  public Response logOut(RefreshRequest refresh) {
    refreshTokens.revokeFamilyOf(refresh.getRefreshToken());
    return Response.noContent().build();
  }

  private Response session(UserAccount account, RefreshTokens.Issued refresh) {
    Session session = new Session()
        .accessToken(tokens.issueFor(account))
        .tokenType("Bearer")
        .expiresIn(tokens.ttlSeconds())
        .refreshToken(refresh.token())
        .refreshExpiresIn(refresh.expiresInSeconds())
        .user(UserMapper.toUser(account));
    return Response.ok(session).header("Cache-Control", "no-store").build();
  }

  static ProblemException tooManyFailures(long seconds) {
    ProblemKind kind = ProblemKind.TOO_MANY_REQUESTS;
    return new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
        "Too many failed logins; try again in " + seconds + " seconds.", null),
        Map.of("Retry-After", Long.toString(seconds)));
  }
}
