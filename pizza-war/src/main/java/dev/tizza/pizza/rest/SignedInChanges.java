package dev.tizza.pizza.rest;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every change to the pizza service needs a signed-in caller. Checked before the body is read
 * and validated, so that an anonymous caller learns nothing about what a change would need.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInChanges implements ContainerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!READS.contains(request.getMethod())
        && !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken)) {
      throw new ProblemException(ProblemKind.UNAUTHORIZED, "Sign in to do this.");
    }
  }
}
