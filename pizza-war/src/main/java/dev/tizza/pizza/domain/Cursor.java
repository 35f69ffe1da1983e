package dev.tizza.pizza.domain;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset-pagination position: the id of the last item of a page and, for orders by
 * something else than the id, that item's sort value ({@code rank}). Pages are read with "after
 * this position", so a page never shifts when newer items arrive.
 */
public record Cursor(long lastId, Long rank) {

  private static final String PREFIX = "v1:";

  public Cursor(long lastId) {
    this(lastId, null);
  }

  public boolean ranked() {
    return rank != null;
  }

  public String encode() {
    String position = rank == null ? Long.toString(lastId) : rank + ":" + lastId;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a caller sent back, or a 400 problem when it is not one of ours. */
  public static Cursor decode(String text) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        String[] parts = decoded.substring(PREFIX.length()).split(":", -1);
        long lastId = Long.parseLong(parts[parts.length - 1]);
        Long rank = parts.length == 2 ? Long.valueOf(parts[0]) : null;
        if (lastId > 0 && parts.length <= 2 && (rank == null || rank >= 0)) {
          return new Cursor(lastId, rank);
        }
      }
    } catch (IllegalArgumentException notOurs) {
      // falls through to the problem below
    }
    throw invalid();
  }

  public static ProblemException invalid() {
    return new ProblemException(ProblemKind.INVALID_PARAMETER, "The cursor is not valid.");
  }
}
