package dev.tizza.auth.store;

import dev.tizza.auth.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Writes accounts, one transaction per call. */
@ApplicationScoped
public class AccountStore {

  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  /** Stores a new account; empty when its email was taken by a concurrent sign-up. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<UserAccount> insert(UserAccount account) {
    try {
      em.persist(account);
      em.flush();
      return Optional.of(account);
    } catch (PersistenceException failure) {
      if (isUniqueViolation(failure)) {
        em.clear();
        return Optional.empty();
      }
      throw failure;
    }
  }

  /** Applies a change to an account and stores it; empty when there is no such account. */
  @Transactional
  public Optional<UserAccount> change(UUID id, Consumer<UserAccount> change) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null) {
      return Optional.empty();
    }
    change.accept(account);
    em.flush();
    return Optional.of(account);
  }

  @Transactional
  public void delete(UUID id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account != null) {
      em.remove(account);
    }
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
