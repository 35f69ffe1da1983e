package dev.tizza.bff.backend;

import dev.tizza.bff.api.model.CampaignOptions;
import dev.tizza.client.pizza.CampaignsApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backend answers that change only when a backend is configured anew, kept for a short while
 * ({@code BFF_CACHE_SECONDS}) instead of asked for on every screen. Losing them on a restart
 * costs one call, so this holds no state that matters.
 */
@ApplicationScoped
public class SlowlyChanging {

  private record Kept<T>(T value, Instant until) {
  }

  @Inject
  Backends backends;

  @Inject
  BackendCalls calls;

  @Inject
  @ConfigProperty(name = "bff.cache.seconds", defaultValue = "60")
  long seconds;

  private volatile Kept<CampaignOptions> options;

  /** The pizza service's campaign options, from a copy at most {@code seconds} old. */
  public CompletionStage<CampaignOptions> campaignOptions() {
    Kept<CampaignOptions> kept = options;
    if (kept != null && Instant.now().isBefore(kept.until())) {
      return CompletableFuture.completedFuture(kept.value());
    }
    CampaignsApi campaigns = backends.pizza(CampaignsApi.class);
    return calls.pizza(true, campaigns::getCampaignOptions).thenApply(fetched -> {
      CampaignOptions value = new CampaignOptions()
          .minDiscountPercent(fetched.getMinDiscountPercent())
          .maxDiscountPercent(fetched.getMaxDiscountPercent())
          .durationsDays(fetched.getDurationsDays())
          .maxOverlappingPerPizzeria(fetched.getMaxOverlappingPerPizzeria());
      options = new Kept<>(value, Instant.now().plus(Duration.ofSeconds(seconds)));
      return value;
    });
  }
}
