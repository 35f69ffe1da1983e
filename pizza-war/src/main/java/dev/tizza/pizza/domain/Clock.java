package dev.tizza.pizza.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time as the pizza database keeps it: UTC, to the microsecond, so that what a change
 * answers is exactly what a later read of it answers.
 */
public final class Clock {

  private Clock() {
  }

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
