package dev.tizza.platform;

/** The kinds of error every tizza service can answer with, each with its own stable type. */
public enum ProblemKind {
  VALIDATION(400, "validation", "The request breaks the API contract"),
  MALFORMED_BODY(400, "malformed-body", "The request body is not valid JSON for this operation"),
  INVALID_PARAMETER(400, "invalid-parameter", "A parameter is not valid for this operation"),
  UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
  FORBIDDEN(403, "forbidden", "You may not do this"),
  NOT_FOUND(404, "not-found", "No such resource"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
  CONFLICT(409, "conflict", "The request conflicts with existing data"),
  PRECONDITION_FAILED(412, "precondition-failed",
      "It changed since you read it; read it again and reapply your change"),
  PRECONDITION_REQUIRED(428, "precondition-required",
      "Send the ETag you last read in If-Match"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request body must be JSON"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
  INTERNAL(500, "internal", "Something went wrong on our side"),
  BAD_GATEWAY(502, "bad-gateway", "A service this one depends on did not answer properly"),
  UNAVAILABLE(503, "unavailable", "The service is not available right now");

  private final int status;
  private final String slug;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String type() {
    return Problem.TYPE_BASE + slug;
  }

  public String title() {
    return title;
  }

  /** The generic kind for an HTTP status that no more specific kind describes. */
  public static ProblemKind forStatus(int status) {
    for (ProblemKind kind : values()) {
      if (kind.status == status && kind != MALFORMED_BODY && kind != INVALID_PARAMETER) {
        return kind;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }
}
