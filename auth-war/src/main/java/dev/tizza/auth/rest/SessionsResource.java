package dev.tizza.auth.rest;

import dev.tizza.auth.api.SessionsApi;
import dev.tizza.auth.api.model.Credentials;
import dev.tizza.auth.api.model.Session;
import dev.tizza.auth.domain.Accounts;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.auth.token.AccessTokens;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

@RequestScoped
public class SessionsResource implements SessionsApi {

  private static final Logger LOG = Logger.getLogger(SessionsResource.class.getName());

  @Inject
  Accounts accounts;

  @Inject
  AccessTokens tokens;

  @Override
  public Response logIn(Credentials credentials) {
    UserAccount account = accounts.authenticate(credentials.getEmail(), credentials.getPassword())
        .orElseThrow(() -> {
          LOG.info("Failed login");
          return new ProblemException(ProblemKind.UNAUTHORIZED, "Wrong email or password.");
        });

    Session session = new Session()
        .accessToken(tokens.issueFor(account))
        .tokenType("Bearer")
        .expiresIn(tokens.ttlSeconds())
        .user(UserMapper.toUser(account));
    LOG.info(() -> "Account " + account.id() + " logged in");
    return Response.ok(session).header("Cache-Control", "no-store").build();
  }
}
