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

  private Caller() {
  }

  /** A creator may change only the pizzerias they own; an admin may change any. */
  static void requireOwnerOrAdmin(SecurityContext security, Pizzeria pizzeria) {
    Principal principal = security.getUserPrincipal();
    if (!(principal instanceof JsonWebToken token) || token.getSubject() == null) {
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "Sign in to do this.");
    }
    if (token.getGroups().contains("ADMIN")) {
      return;
    }
    if (!token.getGroups().contains("CREATOR")) {
      throw new ProblemException(ProblemKind.FORBIDDEN, "Only pizza creators may do this.");
    }
    if (!pizzeria.isOwnedBy(UUID.fromString(token.getSubject()))) {
      throw new ProblemException(ProblemKind.FORBIDDEN, "This pizzeria is not yours.");
    }
  }
}
