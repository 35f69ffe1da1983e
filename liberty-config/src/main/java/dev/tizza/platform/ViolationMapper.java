package dev.tizza.platform;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem details: violations as a 400 naming the fields, a broken
 * constraint definition as a bare 500. It exists beside {@link ProblemMapper} because
 * the JAX-RS runtime's own mapper for them is more specific than a mapper of Throwable.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException violations) {
    return new ProblemMapper().toResponse(violations);
  }
}
