package dev.tizza.platform;

/** Thrown by service code to answer with a problem of a given kind. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(ProblemKind kind, String detail) {
    super(detail);
    this.problem = Problem.of(kind, detail);
  }

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
