package dev.tizza.auth.rest;

import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemKind;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a billing request that carries a full card number or a security code, before any
 * code could store or log it. The answer never repeats what was sent. Unknown JSON fields are
 * otherwise ignored, so a "cardNumber" field would slip through unnoticed without this.
 */
@Provider
public class CardDataGuard implements ContainerRequestFilter {

  /** 13 to 19 digits, optionally grouped with spaces or dashes. */
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d){12,18}");

  private static final Pattern CARD_FIELD = Pattern.compile(
      "\"(?:cvc2?|cvv2?|cvn|csc|cid|security_?code|card_?number|pan|card_?code)\"\\s*:",
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

  static boolean containsCardData(String body) {
    if (CARD_FIELD.matcher(body).find()) {
      return true;
    }
    Matcher run = DIGIT_RUN.matcher(body);
    while (run.find()) {
      String digits = run.group().replaceAll("[ -]", "");
      if (digits.length() >= 13 && passesLuhn(digits)) {
        return true;
      }
    }
    return false;
  }

  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
