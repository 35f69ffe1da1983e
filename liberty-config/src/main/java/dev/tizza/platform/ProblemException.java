package dev.tizza.platform;

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

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
