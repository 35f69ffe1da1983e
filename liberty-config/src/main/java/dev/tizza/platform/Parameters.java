package dev.tizza.platform;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

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

  private static ProblemException invalid(String name, String message) {
    ProblemKind kind = ProblemKind.INVALID_PARAMETER;
    return new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
        "The parameter " + name + " " + message + ".",
        List.of(new Problem.FieldError(name, message))));
  }
}
