package dev.tizza.bff.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a screen waits for its backends ({@code SCREEN_BUDGET_MS}): what has not come by
 * then is left out of the screen, which answers all the same. Shorter than a backend call's own
 * timeout, which must also let slow writes such as a login finish.
 */
@ApplicationScoped
public class ScreenBudget {

  @Inject
  @ConfigProperty(name = "screen.budget.ms", defaultValue = "1500")
  long millis;

  /** The moment a screen started now must be answered by. */
  public Instant deadline() {
    return Instant.now().plus(Duration.ofMillis(millis));
  }
}
