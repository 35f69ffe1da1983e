package dev.tizza.pizza.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a campaign may be in this deployment, from configuration: the discount range, the
 * durations a creator picks from and how many campaigns of one pizzeria may overlap.
 */
@ApplicationScoped
public class CampaignRules {

  @Inject
  @ConfigProperty(name = "campaign.discount.min", defaultValue = "5")
  int minDiscountPercent;

  @Inject
  @ConfigProperty(name = "campaign.discount.max", defaultValue = "50")
  int maxDiscountPercent;

  @Inject
  @ConfigProperty(name = "campaign.durations.days", defaultValue = "1,3,7,14,30")
  List<Integer> durationsDays;

  @Inject
  @ConfigProperty(name = "campaign.max.overlapping", defaultValue = "3")
  int maxOverlapping;

  /** How far ahead a campaign may be scheduled. */
  @Inject
  @ConfigProperty(name = "campaign.max.days.ahead", defaultValue = "365")
  int maxDaysAhead;

  public int minDiscountPercent() {
    return minDiscountPercent;
  }

  public int maxDiscountPercent() {
    return maxDiscountPercent;
  }

  public List<Integer> durationsDays() {
    return List.copyOf(durationsDays);
  }

  public int maxOverlapping() {
    return maxOverlapping;
  }

  public int maxDaysAhead() {
    return maxDaysAhead;
  }
}
