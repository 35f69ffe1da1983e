package dev.tizza.auth.rest;

import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a billing request that carries a full card number or a security code, before any
 * code could store or log it. It looks at the decoded JSON, so escapes, separators and
 * full-width digits do not hide a number, and the answer never repeats what was sent. Unknown
 * fields are otherwise ignored, so a "cardNumber" field would slip through without this.
 */
@Provider
public class CardDataGuard implements ContainerRequestFilter {

  /** No legitimate billing field holds this many digits; every card number does. */
  static final int CARD_NUMBER_MIN_DIGITS = 13;

  private static final Pattern CARD_FIELD = Pattern.compile(
      "cvc2?|cvv2?|cvn|csc|cid|security_?code|card_?number|pan|card_?code|number",
      Pattern.CASE_INSENSITIVE);

  private static final int MAX_BODY = 64 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.getUriInfo().getPath().contains("billing") || !request.hasEntity()) {
      return;
    }
    byte[] body = request.getEntityStream().readNBytes(MAX_BODY + 1);
    request.setEntityStream(new ByteArrayInputStream(body));

    if (containsCardData(new String(body, StandardCharsets.UTF_8))) {
      ProblemKind kind = ProblemKind.VALIDATION;
      Problem problem = new Problem(Problem.TYPE_BASE + "card-data-refused", kind.title(),
          kind.status(), "Send only the card's brand, last four digits and expiry; full card"
          + " numbers and security codes are refused and were not stored.", null);
      request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build());
    }
  }

  /** Whether any field name or value of a JSON body looks like card data. */
  static boolean containsCardData(String body) {
    try {
      return holdsCardData(Json.createReader(new StringReader(body)).readValue());
    } catch (JsonException notJson) {
      // Not JSON at all: it is refused as malformed later, without being stored or echoed.
      return false;
    }
  }

  private static boolean holdsCardData(JsonValue value) {
    if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> field : object.entrySet()) {
        if (CARD_FIELD.matcher(field.getKey().strip()).matches()
            || holdsCardData(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof JsonArray array) {
      return array.stream().anyMatch(CardDataGuard::holdsCardData);
    }
    if (value instanceof JsonString text) {
      return digitCount(text.getString()) >= CARD_NUMBER_MIN_DIGITS;
    }
    if (value instanceof JsonNumber number) {
      return digitCount(number.toString()) >= CARD_NUMBER_MIN_DIGITS;
    }
    return false;
  }

  /** Digits in any script, after folding full-width and other compatibility forms. */
  static long digitCount(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return folded.codePoints().filter(Character::isDigit).count();
  }
}
