package dev.tizza.auth.domain;

import dev.tizza.auth.store.AccountStore;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Accounts: signing up, changing them, erasing them. Rules that can fail are checked before a
 * transaction starts, so a refused request never half-writes anything.
 */
@ApplicationScoped
public class Accounts {

  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  @Inject
  Passwords passwords;

  @Inject
  PasswordPolicy policy;

  @Inject
  RefreshTokens refreshTokens;

  @Inject
  LoginThrottle throttle;

  @Inject
  AccountStore store;

  public UserAccount signUp(String email, String displayName, String password) {
    policy.check("password", password);
    requireEmailFree(email, null);
    UserAccount account = store.insert(
        new UserAccount(email, displayName, passwords.hash(password))).orElseThrow(
        // Another sign-up with the same email committed first; the unique index decides.
        Accounts::emailTaken);

    LOG.info(() -> "Account " + account.id() + " signed up");
    return account;
  }

  public UserAccount change(UUID id, String newEmail, String newDisplayName) {
    if (newEmail != null) {
      requireEmailFree(newEmail, id);
    }
    UserAccount account = store.change(id, found -> {
      if (newEmail != null) {
        found.changeEmail(newEmail);
      }
      if (newDisplayName != null) {
        found.changeDisplayName(newDisplayName);
      }
    }).orElseThrow(Accounts::noSuchAccount);
    LOG.info(() -> "Account " + id + " changed");
    return account;
  }

  /** Changes the password when the current one is right; every refresh token is revoked. */
  public boolean changePassword(UserAccount account, String currentPassword,
      String newPassword) {
    UUID id = account.id();
    if (!passwords.matches(currentPassword, account.passwordHash())) {
      return false;
    }
    policy.check("newPassword", newPassword);
    String hash = passwords.hash(newPassword);

    store.change(id, found -> found.changePasswordHash(hash));
    refreshTokens.revokeAllOf(id);
    LOG.info(() -> "Account " + id + " changed its password; refresh tokens revoked");
    return true;
  }

  /**
   * Erases an account: the row goes, and with it (by cascade) the roles, the billing profile
   * and every refresh token; failed-login records keyed by its email go too.
   */
  public void erase(UUID id) {
    Optional<UserAccount> account = findById(id);
    if (account.isEmpty()) {
      return;
    }
    store.delete(id);
    throttle.forget(account.get().email());
    LOG.info(() -> "Account " + id + " erased");
  }

  public UserAccount grant(UUID id, Role role) {
    UserAccount account = store.change(id, found -> found.grant(role))
        .orElseThrow(Accounts::noSuchAccount);
    LOG.info(() -> "Account " + id + " was granted " + role);
    return account;
  }

  public UserAccount revoke(UUID id, Role role) {
    UserAccount account = store.change(id, found -> found.revoke(role))
        .orElseThrow(Accounts::noSuchAccount);
    LOG.info(() -> "Account " + id + " lost " + role);
    return account;
  }

  /** Accounts oldest first, after the given position. */
  public List<UserAccount> page(Optional<AccountCursor> after, int limit) {
    OffsetDateTime createdAt = after.map(AccountCursor::createdAt).orElse(null);
    UUID id = after.map(AccountCursor::id).orElse(new UUID(0, 0));
    String where = createdAt == null ? ""
        : "WHERE u.createdAt > :createdAt OR (u.createdAt = :createdAt AND u.id > :id) ";
    var query = em.createQuery("SELECT u FROM UserAccount u " + where
            + "ORDER BY u.createdAt, u.id", UserAccount.class)
        .setMaxResults(limit + 1);
    if (createdAt != null) {
      query.setParameter("createdAt", createdAt).setParameter("id", id);
    }
    return query.getResultList();
  }

  public Optional<UserAccount> findByEmail(String email) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
        .setParameter("email", UserAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> findById(UUID id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public UserAccount require(UUID id) {
    return findById(id).orElseThrow(Accounts::noSuchAccount);
  }

  /** The account these credentials belong to, taking as long whether the email exists or not. */
  public Optional<UserAccount> authenticate(String email, String password) {
    Optional<UserAccount> account = findByEmail(email);
    if (account.isEmpty()) {
      passwords.spendVerificationTime(password);
      return Optional.empty();
    }
    return account.filter(found -> passwords.matches(password, found.passwordHash()));
  }

  private void requireEmailFree(String email, UUID owner) {
    Optional<UserAccount> holder = findByEmail(email);
    if (holder.isPresent() && !holder.get().id().equals(owner)) {
      throw emailTaken();
    }
  }

  private static ProblemException noSuchAccount() {
    return new ProblemException(ProblemKind.NOT_FOUND, "No such account.");
  }

  private static ProblemException emailTaken() {
    return new ProblemException(ProblemKind.CONFLICT, "An account with this email exists.");
  }
}
