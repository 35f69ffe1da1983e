package dev.tizza.bff.backend;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's access token, already verified by MicroProfile JWT, to be passed on to the
 * backends as it is. The BFF has no credentials of its own.
 */
public record CallerToken(String raw) {

  public static CallerToken of(SecurityContext security) {
    Principal principal = security.getUserPrincipal();
    if (principal instanceof JsonWebToken token && token.getRawToken() != null) {
      return new CallerToken(token.getRawToken());
    }
    throw new ProblemException(ProblemKind.UNAUTHORIZED, "Sign in to do this.");
  }

  public String header() {
    return "Bearer " + raw;
  }
}
