package dev.tizza.pizza.rest;

import dev.tizza.pizza.domain.Pizzeria;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token. The pizza service decides every permission
 * itself: nothing a caller or the BFF says about the user is trusted.
 */
final class Caller {

  private final JsonWebToken token;

  private Caller(JsonWebToken token) {
    this.token = token;
  }

  /** The signed-in caller, or a 401 problem. */
  static Caller signedIn(SecurityContext security) {
    Principal principal = security.getUserPrincipal();
    if (!(principal instanceof JsonWebToken token) || token.getSubject() == null) {
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "Sign in to do this.");
    }
    return new Caller(token);
  }

  /** A signed-in creator or admin, or a 401 or 403 problem. */
  static Caller creator(SecurityContext security) {
    Caller caller = signedIn(security);
    if (!caller.isAdmin() && !caller.token.getGroups().contains("CREATOR")) {
      throw new ProblemException(ProblemKind.FORBIDDEN, "Only pizza creators may do this.");
    }
    return caller;
  }

  UUID id() {
    try {
      return UUID.fromString(token.getSubject());
    } catch (IllegalArgumentException notAUserId) {
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "The token names no user.");
    }
  }

  boolean isAdmin() {
    return token.getGroups().contains("ADMIN");
  }

  /** A creator may change only the pizzerias they own; an admin may change any. */
  void requireOwnerOf(Pizzeria pizzeria) {
    if (!isAdmin() && !pizzeria.isOwnedBy(id())) {
      throw new ProblemException(ProblemKind.FORBIDDEN, "This pizzeria is not yours.");
    }
  }
}
