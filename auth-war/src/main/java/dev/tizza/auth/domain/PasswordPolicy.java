package dev.tizza.auth.domain;

import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: at least ten characters (the contract says so too) and none of
 * the passwords that attackers try first.
 */
@ApplicationScoped
public class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  private static final Set<String> COMMON = load("/passwords/common.txt");

  /** Refuses a weak password with a 400 that names the field but never echoes the value. */
  public void check(String field, String password) {
    String reason = null;
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      reason = "must have at least " + MIN_LENGTH + " characters";
    } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      reason = "is too common; choose one that is not on lists of leaked passwords";
    } else if (password.chars().distinct().count() < 4) {
      reason = "needs more different characters";
    }
    if (reason != null) {
      ProblemKind kind = ProblemKind.VALIDATION;
      throw new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
          "The password is too weak.", List.of(new Problem.FieldError(field, reason))));
    }
  }

  static boolean isCommon(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
        BufferedReader lines = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines.lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
