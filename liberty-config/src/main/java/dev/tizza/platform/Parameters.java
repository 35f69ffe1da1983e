package dev.tizza.platform;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the generated interfaces leave out: JAX-RS turns a blank path parameter into null,
 * and Bean Validation lets null items through in a list.
 */
public final class Parameters {

  private Parameters() {
  }

  public static <T> T required(T value, String name) {
    if (value == null) {
      throw invalid(name, "is required and must have the documented type");
    }
    return value;
  }

  public static void noNullItems(Collection<?> values, String name) {
    if (values != null && values.stream().anyMatch(Objects::isNull)) {
      throw invalid(name, "may not contain empty items");
    }
  }

  /**
   * How the contract names a parameter of a resource method, from its JAX-RS annotation (here
   * or on the generated interface): a header, query or path parameter by its own name, and the
   * request body, which has none, as {@code body}.
   */
  static Optional<String> contractName(Class<?> resource, String method, List<Class<?>> types,
      int index) {
    boolean declared = false;
    for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
      List<Class<?>> candidates = new ArrayList<>(List.of(type));
      candidates.addAll(List.of(type.getInterfaces()));
      for (Class<?> candidate : candidates) {
        try {
          Method found = candidate.getDeclaredMethod(method, types.toArray(Class<?>[]::new));
          declared = true;
          Optional<String> named = nameOf(found.getParameterAnnotations()[index]);
          if (named.isPresent()) {
            return named;
          }
        } catch (NoSuchMethodException elsewhere) {
          // Declared on another type of the hierarchy.
        }
      }
    }
    // The one parameter of a resource method that JAX-RS names nowhere is its entity.
    return declared ? Optional.of("body") : Optional.empty();
  }

  private static Optional<String> nameOf(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof HeaderParam header) {
        return Optional.of(header.value());
      }
      if (annotation instanceof QueryParam query) {
        return Optional.of(query.value());
      }
      if (annotation instanceof PathParam path) {
        return Optional.of(path.value());
      }
    }
    return Optional.empty();
  }

  private static ProblemException invalid(String name, String message) {
    ProblemKind kind = ProblemKind.INVALID_PARAMETER;
    return new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
        "The parameter " + name + " " + message + ".",
        List.of(new Problem.FieldError(name, message))));
  }
}
