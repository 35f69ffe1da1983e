package dev.tizza.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem details. It exists beside {@link ProblemMapper} because
 * the JAX-RS runtime's own mapper for them is more specific than a mapper of Throwable.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    return new ProblemMapper().toResponse(violations);
  }
}
