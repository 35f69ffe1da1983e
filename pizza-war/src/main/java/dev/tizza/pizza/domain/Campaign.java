package dev.tizza.pizza.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A discount a pizzeria runs on some of its pizzas over a time window. Its status is not
 * stored: it follows from the clock, so a scheduled campaign becomes active and then ended
 * without anyone changing it.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  /** Where a campaign is in its time window. */
  public enum Status {
    SCHEDULED,
    ACTIVE,
    ENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pizzeria_id", nullable = false)
  private Pizzeria pizzeria;

  @Column(nullable = false, length = 120)
  private String title;

  @Column(name = "discount_percent", nullable = false)
  private int discountPercent;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "campaign_pizza", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "pizza_id", nullable = false)
  private Set<Long> pizzaIds = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  private long version;

  protected Campaign() {
  }

  public Campaign(Pizzeria pizzeria, String title, int discountPercent, OffsetDateTime startsAt,
      OffsetDateTime endsAt, Set<Long> pizzaIds) {
    this.pizzeria = pizzeria;
    this.title = title.strip();
    this.discountPercent = discountPercent;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.pizzaIds = new TreeSet<>(pizzaIds);
    this.createdAt = Clock.now();
    this.updatedAt = createdAt;
  }

  public Status statusAt(OffsetDateTime now) {
    if (now.isBefore(startsAt)) {
      return Status.SCHEDULED;
    }
    return now.isBefore(endsAt) ? Status.ACTIVE : Status.ENDED;
  }

  /** Ends the campaign now; a scheduled one ends without ever having started. */
  public void stop(OffsetDateTime now) {
    if (startsAt.isAfter(now)) {
      startsAt = now;
    }
    endsAt = now;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public Pizzeria pizzeria() {
    return pizzeria;
  }

  public Long pizzeriaId() {
    return pizzeria.id();
  }

  public String title() {
    return title;
  }

  public int discountPercent() {
    return discountPercent;
  }

  public OffsetDateTime startsAt() {
    return startsAt;
  }

  public OffsetDateTime endsAt() {
    return endsAt;
  }

  public List<Long> pizzaIds() {
    return List.copyOf(pizzaIds);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
