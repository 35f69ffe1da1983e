package dev.tizza.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Stores billing profiles; one per account, removed with it. */
@ApplicationScoped
public class Billing {

  private static final Logger LOG = Logger.getLogger(Billing.class.getName());

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public Optional<BillingProfile> find(UUID userId) {
    return Optional.ofNullable(em.find(BillingProfile.class, userId));
  }

  @Transactional
  public BillingProfile save(UUID userId, String cardholderName, String cardBrand,
      String cardLast4, int expiryMonth, int expiryYear, String billingEmail) {
    BillingProfile profile = em.find(BillingProfile.class, userId);
    if (profile == null) {
      profile = new BillingProfile(userId);
      profile.change(cardholderName, cardBrand, cardLast4, expiryMonth, expiryYear,
          billingEmail);
      em.persist(profile);
    } else {
      profile.change(cardholderName, cardBrand, cardLast4, expiryMonth, expiryYear,
          billingEmail);
    }
    LOG.info(() -> "Billing profile of account " + userId + " saved");
    return profile;
  }

  @Transactional
  public void remove(UUID userId) {
    BillingProfile profile = em.find(BillingProfile.class, userId);
    if (profile != null) {
      em.remove(profile);
      LOG.info(() -> "Billing profile of account " + userId + " removed");
    }
  }
}
