package dev.tizza.pizza.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A place that publishes pizzas. Its owner is known by user id only: the pizza service never
 * holds a name or an email, so erasing an account in the auth service erases the person.
 */
@Entity
@Table(name = "pizzeria")
public class Pizzeria {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 200)
  private String street;

  @Column(nullable = false, length = 100)
  private String city;

  @Column(name = "postal_code", nullable = false, length = 20)
  private String postalCode;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(nullable = false, length = 40)
  private String phone;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version
  private long version;

  protected Pizzeria() {
  }

  /** Opens a pizzeria for its owner. */
  public Pizzeria(String name, Address address, String phone, UUID ownerId) {
    change(name, address, phone);
    this.ownerId = ownerId;
  }

  /** Where a pizzeria is. */
  public record Address(String street, String city, String postalCode, String country) {
  }

  /** Replaces its name, address and phone; the owner stays. */
  public void change(String name, Address address, String phone) {
    this.name = name.strip();
    this.street = address.street().strip();
    this.city = address.city().strip();
    this.postalCode = address.postalCode().strip();
    this.country = address.country();
    this.phone = phone.strip();
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String street() {
    return street;
  }

  public String city() {
    return city;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }

  public String phone() {
    return phone;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public boolean isOwnedBy(UUID userId) {
    return ownerId.equals(userId);
  }
}
