package dev.tizza.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The payment details of a creator as the admin app shows them: masked card data only. A full
 * card number or security code never reaches this class.
 */
@Entity
@Table(name = "billing_profile")
public class BillingProfile {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "cardholder_name", nullable = false, length = 100)
  private String cardholderName;

  @Column(name = "card_brand", nullable = false, length = 16)
  private String cardBrand;

  @Column(name = "card_last4", nullable = false, length = 4)
  private String cardLast4;

  @Column(name = "expiry_month", nullable = false)
  private short expiryMonth;

  @Column(name = "expiry_year", nullable = false)
  private short expiryYear;

  @Column(name = "billing_email", nullable = false, length = 254)
  private String billingEmail;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected BillingProfile() {
  }

  public BillingProfile(UUID userId) {
    this.userId = userId;
  }

  public void change(String cardholderName, String cardBrand, String cardLast4, int expiryMonth,
      int expiryYear, String billingEmail) {
    this.cardholderName = cardholderName.strip();
    this.cardBrand = cardBrand;
    this.cardLast4 = cardLast4;
    this.expiryMonth = (short) expiryMonth;
    this.expiryYear = (short) expiryYear;
    this.billingEmail = billingEmail.strip();
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String cardholderName() {
    return cardholderName;
  }

  public String cardBrand() {
    return cardBrand;
  }

  public String cardLast4() {
    return cardLast4;
  }

  public int expiryMonth() {
    return expiryMonth;
  }

  public int expiryYear() {
    return expiryYear;
  }

  public String billingEmail() {
    return billingEmail;
  }
}
