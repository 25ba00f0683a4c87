package dev.parley.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats days and dates of the scenario's clock for tables. */
final class Days {
  private Days() {}

  /** Returns a number of days: whole numbers bare, others with one decimal. */
  static String of(double days) {
    if (Double.isNaN(days)) {
      return "-";
    }
    return days == Math.rint(days) && Math.abs(days) < 1e15
        ? Long.toString((long) days)
        : String.format(Locale.ROOT, "%.1f", days);
  }

  /** Returns the date a day after {@code as_of} falls on, or "-" without a date. */
  static String date(@Nullable LocalDate asOf, double day) {
    if (asOf == null || Double.isNaN(day)) {
      return "-";
    }
    return asOf.plusDays((long) Math.floor(day)).toString();
  }
}
