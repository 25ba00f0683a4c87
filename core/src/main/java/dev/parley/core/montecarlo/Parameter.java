package dev.parley.core.montecarlo;

import dev.parley.core.model.Distribution;
import java.util.Objects;

/**
 * One uncertain input of a model: its name, its distribution and the range its values are clamped
 * to.
 *
 * @param name where the value lives, such as {@code profiles/russia/reservation}
 * @param min the smallest valid value; draws below it are raised to it
 * @param max the largest valid value; draws above it are lowered to it
 */
public record Parameter(String name, Distribution distribution, double min, double max) {
  /** Validates the fields. */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(distribution, "distribution");
    if (!(min <= max)) {
      throw new IllegalArgumentException(
          "expected min ≤ max for " + name + ", but found " + min + " > " + max);
    }
  }

  /** Returns the value deterministic analyses use, clamped to the valid range. */
  public double nominal() {
    return clamp(distribution.nominal());
  }

  /**
   * Returns the value at probability {@code u} of the distribution (its quantile function), clamped
   * to the valid range.
   *
   * @param u a probability in (0, 1)
   */
  public double quantile(double u) {
    return clamp(Quantiles.of(distribution, u));
  }

  /** Returns whether the value is uncertain: its distribution is not a point. */
  public boolean isUncertain() {
    return switch (distribution) {
      case Distribution.Point p -> false;
      case Distribution.Uniform u -> u.low() < u.high();
      case Distribution.Triangular t -> t.low() < t.high();
      case Distribution.Normal n -> n.sd() > 0 && n.low() < n.high();
    };
  }

  private double clamp(double v) {
    return Math.min(max, Math.max(min, v));
  }
}
