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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A pizza a pizzeria has published. Its price is a decimal amount, never a binary float. */
@Entity
@Table(name = "pizza")
public class Pizza {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pizzeria_id", nullable = false)
  private Pizzeria pizzeria;

  @Column(nullable = false, length = 120)
  private String title;

  @Column(nullable = false, length = 2000)
  private String description;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "pizza_topping", joinColumns = @JoinColumn(name = "pizza_id"))
  @OrderColumn(name = "position")
  @Column(name = "topping", nullable = false, length = 40)
  private List<String> toppings = new ArrayList<>();

  @Column(name = "price_amount", nullable = false, precision = 8, scale = 2)
  private BigDecimal priceAmount;

  @Column(name = "price_currency", nullable = false, length = 3)
  private String priceCurrency;

  @Column(name = "image_url", length = 500)
  private String imageUrl;

  /** Counted by the database as likes are given and taken back, never written from here. */
  @Column(name = "like_count", nullable = false, insertable = false, updatable = false)
  private long likeCount;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  private long version;

  protected Pizza() {
  }

  /** Publishes a new pizza in a pizzeria. */
  public Pizza(Pizzeria pizzeria, String title, String description, List<String> toppings,
      BigDecimal priceAmount, String priceCurrency, String imageUrl) {
    this.pizzeria = pizzeria;
    this.title = title.strip();
    this.description = description.strip();
    this.toppings = new ArrayList<>(toppings.stream().map(String::strip).toList());
    this.priceAmount = priceAmount.setScale(2, RoundingMode.UNNECESSARY);
    this.priceCurrency = priceCurrency;
    this.imageUrl = imageUrl;
    this.createdAt = Clock.now();
    this.updatedAt = createdAt;
  }

  /** Replaces everything its creator may change; likes and creation time stay. */
  public void change(String title, String description, List<String> toppings,
      BigDecimal priceAmount, String priceCurrency, String imageUrl) {
    this.title = title.strip();
    this.description = description.strip();
    this.toppings.clear();
    this.toppings.addAll(toppings.stream().map(String::strip).toList());
    this.priceAmount = priceAmount.setScale(2, RoundingMode.UNNECESSARY);
    this.priceCurrency = priceCurrency;
    this.imageUrl = imageUrl;
    this.updatedAt = Clock.now();
  }

  public Pizzeria pizzeria() {
    return pizzeria;
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public Long pizzeriaId() {
    return pizzeria.id();
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public List<String> toppings() {
    return List.copyOf(toppings);
  }

  public BigDecimal priceAmount() {
    return priceAmount;
  }

  public String priceCurrency() {
    return priceCurrency;
  }

  public String imageUrl() {
    return imageUrl;
  }

  public long likeCount() {
    return likeCount;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
