package dev.tizza.auth.domain;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** A position in the list of accounts: creation time and id of the last one seen. */
public record AccountCursor(OffsetDateTime createdAt, UUID id) {

  public static AccountCursor after(UserAccount account) {
    return new AccountCursor(account.createdAt(), account.id());
  }

  public String encode() {
    String text = "v1:" + createdAt.toInstant() + ":" + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  public static AccountCursor decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split(":", 3);
      int split = text.lastIndexOf(':');
      if (parts.length == 3 && parts[0].equals("v1")) {
        Instant at = Instant.parse(text.substring(3, split));
        if (at.isBefore(Instant.EPOCH) || at.isAfter(Instant.parse("9999-12-31T00:00:00Z"))) {
          throw new IllegalArgumentException("out of range");
        }
        return new AccountCursor(at.atOffset(ZoneOffset.UTC),
            UUID.fromString(text.substring(split + 1)));
      }
    } catch (IllegalArgumentException | DateTimeParseException notOurs) {
      // falls through to the problem below
    }
    throw new ProblemException(ProblemKind.INVALID_PARAMETER, "The cursor is not valid.");
  }
}
