package dev.tizza.platform;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI per kind of error, so that
 * callers can branch on it without parsing {@code detail}.
 */
public record Problem(String type, String title, int status, String detail,
    List<FieldError> errors) {

  /** The base of every tizza problem type URI. */
  public static final String TYPE_BASE = "https://tizza.dev/problems/";

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {
  }

  public static Problem of(ProblemKind kind, String detail) {
    return new Problem(kind.type(), kind.title(), kind.status(), detail, null);
  }
}
