package dev.tizza.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refresh tokens: 256 random bits handed out once and kept only as a hash. Each use spends the
 * token and hands out its successor in the same family; a spent token presented again means
 * it was stolen or replayed, so the whole family is revoked.
 */
@ApplicationScoped
public class RefreshTokens {

  private static final Logger LOG = Logger.getLogger(RefreshTokens.class.getName());

  private final SecureRandom random = new SecureRandom();

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "jwt.refresh.ttl.seconds", defaultValue = "1209600")
  long ttlSeconds;

  /** A refresh token as handed to its owner. */
  public record Issued(String token, int expiresInSeconds) {
  }

  /** The owner of a spent token and the token that replaces it. */
  public record Rotation(UUID userId, Issued next) {
  }

  /** Starts a new family, at log in. */
  @Transactional
  public Issued issue(UUID userId) {
    return issue(userId, UUID.randomUUID());
  }

  /** The successor of a valid token, or empty when the token is unknown, spent or expired. */
  @Transactional
  public Optional<Rotation> rotate(String token) {
    List<?> rows = em.createNativeQuery("""
            SELECT user_id, family_id, spent_at IS NOT NULL, revoked_at IS NOT NULL,
                   expires_at < now()
            FROM refresh_token WHERE token_hash = ?1 FOR UPDATE""")
        .setParameter(1, Hashes.sha256(token))
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    UUID userId = (UUID) row[0];
    UUID family = (UUID) row[1];
    if (Boolean.TRUE.equals(row[3]) || Boolean.TRUE.equals(row[4])) {
      return Optional.empty();
    }
    if (Boolean.TRUE.equals(row[2])) {
      revokeFamily(family);
      LOG.warning(() -> "A spent refresh token was presented again; revoked its family "
          + family);
      return Optional.empty();
    }

    em.createNativeQuery("UPDATE refresh_token SET spent_at = now() WHERE token_hash = ?1")
        .setParameter(1, Hashes.sha256(token))
        .executeUpdate();
    return Optional.of(new Rotation(userId, issue(userId, family)));
  }

  /** Logs out: the family of this token can no longer be used. Unknown tokens are ignored. */
  @Transactional
  public void revokeFamilyOf(String token) {
    List<?> family = em.createNativeQuery(
            "SELECT family_id FROM refresh_token WHERE token_hash = ?1")
        .setParameter(1, Hashes.sha256(token))
        .getResultList();
    family.forEach(id -> revokeFamily((UUID) id));
  }

  /** Every refresh token of a user, as after a password change. */
  @Transactional
  public void revokeAllOf(UUID userId) {
    em.createNativeQuery("""
            UPDATE refresh_token SET revoked_at = now()
            WHERE user_id = ?1 AND revoked_at IS NULL""")
        .setParameter(1, userId)
        .executeUpdate();
  }

  private void revokeFamily(UUID family) {
    em.createNativeQuery("""
            UPDATE refresh_token SET revoked_at = now()
            WHERE family_id = ?1 AND revoked_at IS NULL""")
        .setParameter(1, family)
        .executeUpdate();
  }

  private Issued issue(UUID userId, UUID family) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

    em.createNativeQuery("""
            INSERT INTO refresh_token (token_hash, user_id, family_id, expires_at)
            VALUES (?1, ?2, ?3, ?4)""")
        .setParameter(1, Hashes.sha256(token))
        .setParameter(2, userId)
        .setParameter(3, family)
        .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(ttlSeconds))
        .executeUpdate();
    return new Issued(token, (int) ttlSeconds);
  }
}
