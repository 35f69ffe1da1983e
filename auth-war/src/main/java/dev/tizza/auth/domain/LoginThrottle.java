package dev.tizza.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failed logins within a window, for one account
 * or from one client address, further attempts wait until the oldest failure leaves the
 * window. Failures are kept in the database, so every replica sees the same count.
 */
@ApplicationScoped
public class LoginThrottle {

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "login.max.failures", defaultValue = "5")
  int maxPerAccount;

  @Inject
  @ConfigProperty(name = "login.max.failures.per.client", defaultValue = "20")
  int maxPerClient;

  @Inject
  @ConfigProperty(name = "login.window.seconds", defaultValue = "900")
  long windowSeconds;

  /** Seconds to wait before another attempt, when this account or client must wait. */
  @Transactional
  public OptionalLong retryAfter(String email, String client) {
    OffsetDateTime since = now().minusSeconds(windowSeconds);
    long account = waitFor("account_key", accountKey(email), maxPerAccount, since);
    long address = waitFor("client_key", Hashes.sha256(client), maxPerClient, since);
    long wait = Math.max(account, address);
    return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
  }

  @Transactional
  public void recordFailure(String email, String client) {
    em.createNativeQuery("INSERT INTO login_failure (account_key, client_key) VALUES (?1, ?2)")
        .setParameter(1, accountKey(email))
        .setParameter(2, Hashes.sha256(client))
        .executeUpdate();
  }

  /** Forgets the failures of an account, after a successful login or its erasure. */
  @Transactional
  public void forget(String email) {
    em.createNativeQuery("DELETE FROM login_failure WHERE account_key = ?1")
        .setParameter(1, accountKey(email))
        .executeUpdate();
  }

  private long waitFor(String column, String key, int max, OffsetDateTime since) {
    Object oldest = em.createNativeQuery("SELECT failed_at FROM login_failure WHERE " + column
            + " = ?1 AND failed_at > ?2 ORDER BY failed_at DESC OFFSET ?3 LIMIT 1")
        .setParameter(1, key)
        .setParameter(2, since)
        .setParameter(3, max - 1)
        .getResultStream().findFirst().orElse(null);
    if (oldest == null) {
      return 0;
    }
    OffsetDateTime failedAt = toOffset(oldest);
    long seconds = Duration.between(now(), failedAt.plusSeconds(windowSeconds)).toSeconds();
    return Math.max(1, seconds + 1);
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset;
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  private static String accountKey(String email) {
    return Hashes.sha256(email.strip().toLowerCase(Locale.ROOT));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
