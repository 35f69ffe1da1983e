package dev.tizza.auth.domain;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Signing up and finding accounts. */
@ApplicationScoped
public class Accounts {

  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  @Inject
  Passwords passwords;

  @Transactional
  public UserAccount signUp(String email, String displayName, String password) {
    if (findByEmail(email).isPresent()) {
      throw new ProblemException(ProblemKind.CONFLICT, "An account with this email exists.");
    }
    UserAccount account = new UserAccount(email, displayName, passwords.hash(password));
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException raced) {
      // Another sign-up with the same email committed first; the unique index decides.
      throw new ProblemException(ProblemKind.CONFLICT, "An account with this email exists.");
    }

    LOG.info(() -> "Account " + account.id() + " signed up");
    return account;
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

  /** The account these credentials belong to, taking as long whether the email exists or not. */
  public Optional<UserAccount> authenticate(String email, String password) {
    Optional<UserAccount> account = findByEmail(email);
    if (account.isEmpty()) {
      passwords.spendVerificationTime(password);
      return Optional.empty();
    }
    return account.filter(found -> passwords.matches(password, found.passwordHash()));
  }
}
