package dev.tizza.auth.domain;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Password hashing with Argon2id at the OWASP-recommended cost (19 MiB, 2 passes, 1 lane),
 * each hash with its own random salt.
 */
@ApplicationScoped
public class Passwords {

  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

  /** Compared against when no account matches, so that a miss costs as long as a hit. */
  private static final String DECOY_HASH = hashOf("tizza-decoy-password");

  public String hash(String password) {
    return hashOf(password);
  }

  public boolean matches(String password, String hash) {
    return Password.check(password, hash).with(ARGON2ID);
  }

  /** Spends the time of one verification without any account to verify. */
  public void spendVerificationTime(String password) {
    matches(password, DECOY_HASH);
  }

  private static String hashOf(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }
}
