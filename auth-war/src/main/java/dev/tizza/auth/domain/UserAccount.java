package dev.tizza.auth.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A tizza account. The id is the only thing other services ever keep of a user; the email,
 * the name and the password hash never leave this service except to their owner.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  private UUID id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 80)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  private long version;

  protected UserAccount() {
  }

  public UserAccount(String email, String displayName, String passwordHash) {
    this.id = UUID.randomUUID();
    this.email = normalizeEmail(email);
    this.displayName = displayName.strip();
    this.passwordHash = passwordHash;
    this.roles.add(Role.DINER);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /** Emails are compared and stored trimmed and lower-cased. */
  public static String normalizeEmail(String email) {
    return email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public void changeEmail(String newEmail) {
    this.email = normalizeEmail(newEmail);
    touch();
  }

  public void changeDisplayName(String newName) {
    this.displayName = newName.strip();
    touch();
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    touch();
  }

  /** Grants a role; every account keeps DINER. */
  public void grant(Role role) {
    roles.add(role);
    touch();
  }

  public void revoke(Role role) {
    if (role != Role.DINER) {
      roles.remove(role);
      touch();
    }
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  private void touch() {
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }
}
