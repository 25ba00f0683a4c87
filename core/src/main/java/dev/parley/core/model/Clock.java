package dev.parley.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The one calendar every analysis of a scenario uses: the date the scenario describes and how many
 * days a bargaining round lasts.
 *
 * <p>Round t begins on day {@code t · roundDays} after {@code as_of} (round 0 on {@code as_of}). A
 * discount factor stated per year becomes {@code δ_round = δ_year^(roundDays / 365)} per round, and
 * one stated per round becomes {@code δ_year = δ_round^(365 / roundDays)} per year; both are
 * computed with {@link StrictMath}. A deadline (a date) falls in the last round that begins on or
 * before it: {@code floor(days since as_of / roundDays)}, and round 0 for a date before {@code
 * as_of} (docs/scenario-format.md, "The clock").
 *
 * @param asOf the date of round 0, or null when the scenario has none
 * @param roundDays how many days a round lasts, positive
 */
public record Clock(@Nullable LocalDate asOf, double roundDays) {
  /** The length of a round when the scenario does not state one: 30 days. */
  public static final double DEFAULT_ROUND_DAYS = 30;

  /** The days in the year of a discount factor per year. */
  public static final double DAYS_PER_YEAR = 365;

  /** The longest round accepted: a century. */
  public static final double MAX_ROUND_DAYS = 36_500;

  /** Validates the fields. */
  public Clock {
    checkRoundDays(roundDays);
  }

  /**
   * Checks the length of a round.
   *
   * @throws IllegalArgumentException unless it is more than 0 and at most {@link #MAX_ROUND_DAYS}
   */
  public static void checkRoundDays(double roundDays) {
    if (!(roundDays > 0 && roundDays <= MAX_ROUND_DAYS)) {
      throw new IllegalArgumentException(
          "expected a round of more than 0 and at most "
              + MAX_ROUND_DAYS
              + " days, but found "
              + roundDays);
    }
  }

  /** Returns a clock without a date, with rounds of the given length. */
  public static Clock of(double roundDays) {
    return new Clock(null, roundDays);
  }

  /** Returns a discount factor per round, from one stated per the given period. */
  public double perRound(double factor, DiscountPeriod period) {
    return switch (period) {
      case ROUND -> factor;
      case YEAR -> factor == 1 ? 1 : StrictMath.pow(factor, roundDays / DAYS_PER_YEAR);
    };
  }

  /** Returns a discount factor per year, from one stated per the given period. */
  public double perYear(double factor, DiscountPeriod period) {
    return switch (period) {
      case YEAR -> factor;
      case ROUND -> factor == 1 ? 1 : StrictMath.pow(factor, DAYS_PER_YEAR / roundDays);
    };
  }

  /** Returns the day, counted from {@code as_of}, on which round {@code round} begins. */
  public double day(double round) {
    return round * roundDays;
  }

  /** Returns how many rounds span the given number of days (a fraction in general). */
  public double rounds(double days) {
    return days / roundDays;
  }

  /**
   * Returns the round a date falls in: the last round that begins on or before it, 0 for a date
   * before {@code as_of}; -1 when the clock has no date.
   */
  public long roundOf(LocalDate date) {
    if (asOf == null) {
      return -1;
    }
    long days = ChronoUnit.DAYS.between(asOf, date);
    return days <= 0 ? 0 : (long) StrictMath.floor(days / roundDays);
  }

  /** Returns the date of a day counted from {@code as_of} (its whole days), or null without one. */
  public @Nullable LocalDate date(double day) {
    return asOf == null ? null : asOf.plusDays((long) StrictMath.floor(day));
  }
}
