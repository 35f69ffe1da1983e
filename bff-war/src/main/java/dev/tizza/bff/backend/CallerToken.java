package dev.tizza.bff.backend;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's access token, already verified by MicroProfile JWT, to be passed on to the
 * backends as it is. The BFF has no credentials of its own.
 */
public record CallerToken(String raw, UUID userId) {

  /** The signed-in caller's token, or a 401 problem. */
  public static CallerToken of(SecurityContext security) {
    return optional(security).orElseThrow(
        () -> new ProblemException(ProblemKind.UNAUTHORIZED, "Sign in to do this."));
  }

  /** The caller's token when they sent one; MicroProfile JWT has refused a bad one already. */
  public static Optional<CallerToken> optional(SecurityContext security) {
    if (security.getUserPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
      try {
        return Optional.of(new CallerToken(token.getRawToken(),
            UUID.fromString(String.valueOf(token.getSubject()))));
      } catch (IllegalArgumentException notAUser) {
        throw new ProblemException(ProblemKind.UNAUTHORIZED, "The token names no user.");
      }
    }
    return Optional.empty();
  }

  public String header() {
    return "Bearer " + raw;
  }
}
