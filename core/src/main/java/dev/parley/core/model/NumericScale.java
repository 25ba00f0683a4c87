package dev.parley.core.model;

import java.util.Objects;

/**
 * The range of a numeric issue, such as a troop ceiling from 0 to 800,000 in steps of 50,000.
 *
 * <p>A numeric issue is bargained over as the options {@code min, min + step, …, max}, each placed
 * on the 0–100 scale in proportion to its distance from {@code min}.
 *
 * @param unit what the number counts, such as "troops" or "USD bn"
 */
public record NumericScale(double min, double max, double step, String unit) {
  /** Validates the fields; the range itself is checked by the scenario validator. */
  public NumericScale {
    Objects.requireNonNull(unit, "unit");
  }

  /** Returns the number of options the range yields, or -1 if the range is not well formed. */
  public int optionCount() {
    if (!(step > 0) || !(max >= min) || !Double.isFinite(min) || !Double.isFinite(max)) {
      return -1;
    }
    double steps = (max - min) / step;
    long whole = Math.round(steps);
    if (Math.abs(steps - whole) > 1e-9 * Math.max(1, steps) || whole > Integer.MAX_VALUE - 1) {
      return -1;
    }
    return (int) whole + 1;
  }

  /**
   * Returns the value of the option with the given index: {@code min + (index · (max − min)) /
   * (count − 1)}, computed in that order, and {@code max} exactly for the last option.
   */
  public double valueAt(int index) {
    int last = optionCount() - 1;
    return index == last ? max : min + (index * (max - min)) / last;
  }

  /** Returns the 0–100 position of a value in this range. */
  public double positionOf(double value) {
    return max == min ? 0 : 100 * (value - min) / (max - min);
  }
}
