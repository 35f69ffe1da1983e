package dev.tizza.pizza.domain;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset-pagination position: the id of the last item of a page. Pages are read with
 * "id below the cursor", so a page never shifts when newer items arrive.
 */
public record Cursor(long lastId) {

  private static final String PREFIX = "v1:";

  public String encode() {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a caller sent back, or a 400 problem when it is not one of ours. */
  public static Cursor decode(String text) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        long lastId = Long.parseLong(decoded.substring(PREFIX.length()));
        if (lastId > 0) {
          return new Cursor(lastId);
        }
      }
    } catch (IllegalArgumentException notOurs) {
      // falls through to the problem below
    }
    throw new ProblemException(ProblemKind.INVALID_PARAMETER, "The cursor is not valid.");
  }
}
