package dev.tizza.auth.rest;

import dev.tizza.auth.domain.Accounts;
import dev.tizza.auth.domain.Role;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.auth.token.AccessTokens;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * The account behind the bearer token of the current request. Roles are read from the account,
 * not from the token, so a revoked role stops working here at once.
 */
@RequestScoped
public class Caller {

  @Inject
  AccessTokens tokens;

  @Inject
  Accounts accounts;

  @Inject
  HttpServletRequest request;

  public UUID id() {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized();
    }
    return tokens.verify(authorization.substring(7).strip()).orElseThrow(Caller::unauthorized);
  }

  /** The caller's account; a token of an erased account is no longer accepted. */
  public UserAccount account() {
    return accounts.findById(id()).orElseThrow(Caller::unauthorized);
  }

  public UserAccount requireRole(Role... anyOf) {
    UserAccount account = account();
    for (Role role : anyOf) {
      if (account.has(role)) {
        return account;
      }
    }
    throw new ProblemException(ProblemKind.FORBIDDEN, "Your roles do not allow this.");
  }

  private static ProblemException unauthorized() {
    return new ProblemException(ProblemKind.UNAUTHORIZED, "A valid bearer token is required.");
  }
}
