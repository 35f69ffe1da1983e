package dev.tizza.platform;

import java.util.List;
import java.util.Map;

/** Thrown by service code to answer with a problem of a given kind. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(ProblemKind kind, String detail) {
    this(Problem.of(kind, detail));
  }

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  /** A problem answered with extra response headers, such as Retry-After. */
  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  /** A 400 that names one field of the request and what is wrong with it. */
  public static ProblemException invalidField(String field, String message) {
    ProblemKind kind = ProblemKind.VALIDATION;
    return new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
        "Some fields break the rules of this operation: see errors.",
        List.of(new Problem.FieldError(field, message))));
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
