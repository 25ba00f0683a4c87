package dev.parley.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The range of a numeric issue, such as a troop ceiling from 0 to 800,000 in steps of 50,000.
 *
 * <p>A numeric issue is bargained over as the options {@code min, min + step, …, max}, each placed
 * on the 0–100 scale in proportion to its distance from {@code min}. Everything a scenario says
 * about such an issue (ideals, red lines, lever values) is written in its unit; the 0–100 placement
 * the models read is derived from it with {@link #positionOf(double)}, and turned back into the
 * unit with {@link #valueOf(double)}.
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

  /**
   * Returns the 0–100 position of a value in this range: {@code 100 · (value − min) / (max − min)},
   * computed in that order, exactly 100 for {@code max} and never outside 0–100 for a value within
   * the range (rounding could otherwise carry a value just below {@code max} a hair past 100). A
   * value outside the range lies outside 0–100 (infinitely far when the range is a single value,
   * whose one value is placed at 0).
   */
  public double positionOf(double value) {
    if (max == min) {
      return value == min ? 0 : value < min ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (value == max) {
      return 100;
    }
    double position = 100 * (value - min) / (max - min);
    return value > min && value < max ? Math.min(100, Math.max(0, position)) : position;
  }

  /**
   * Returns the value in this range's unit of a 0–100 position, the inverse of {@link
   * #positionOf(double)}: {@code min + position · (max − min) / 100}, and exactly {@code max} for
   * 100.
   */
  public double valueOf(double position) {
    return position == 100 ? max : min + position * (max - min) / 100;
  }

  /**
   * Returns a distribution of values in this range's unit as a distribution of 0–100 positions:
   * every point of it (value, ends, mode, mean, truncation) through {@link #positionOf(double)},
   * and a normal's standard deviation scaled by {@code 100 / (max − min)}.
   */
  public Distribution positionsOf(Distribution values) {
    double scale = max == min ? 0 : 100 / (max - min);
    return switch (values) {
      case Distribution.Point p -> new Distribution.Point(positionOf(p.value()));
      case Distribution.Uniform u ->
          new Distribution.Uniform(
              positionOf(u.low()), positionOf(u.high()), positionOf(u.nominal()));
      case Distribution.Triangular t ->
          new Distribution.Triangular(
              positionOf(t.low()), positionOf(t.mode()), positionOf(t.high()));
      case Distribution.Normal n ->
          new Distribution.Normal(
              positionOf(n.mean()), n.sd() * scale, positionOf(n.low()), positionOf(n.high()));
    };
  }

  /**
   * Returns a distribution of 0–100 positions as a distribution of values in this range's unit, the
   * inverse of {@link #positionsOf(Distribution)}.
   */
  public Distribution valuesOf(Distribution positions) {
    double scale = (max - min) / 100;
    return switch (positions) {
      case Distribution.Point p -> new Distribution.Point(valueOf(p.value()));
      case Distribution.Uniform u ->
          new Distribution.Uniform(valueOf(u.low()), valueOf(u.high()), valueOf(u.nominal()));
      case Distribution.Triangular t ->
          new Distribution.Triangular(valueOf(t.low()), valueOf(t.mode()), valueOf(t.high()));
      case Distribution.Normal n ->
          new Distribution.Normal(
              valueOf(n.mean()), n.sd() * scale, valueOf(n.low()), valueOf(n.high()));
    };
  }

  /** Returns whether a value lies within the range, ends included. */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /**
   * Returns a value in this range's unit as a reader would say it: the number, rounded to one
   * decimal more than the step has ({@code 2.25} on a scale in steps of 0.5 reads {@code 2.25}, on
   * a scale in steps of 1 {@code 2.3}), without trailing zeros, then the unit if there is one:
   * {@code "4.5 %"}, {@code "45 % cut"}, {@code "3"}.
   */
  public String format(double value) {
    String number;
    if (!Double.isFinite(value)) {
      number = Double.toString(value);
    } else {
      BigDecimal rounded =
          new BigDecimal(Double.toString(value))
              .setScale(decimals(), RoundingMode.HALF_EVEN)
              .stripTrailingZeros();
      number = rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
    return unit.isEmpty() ? number : number + " " + unit;
  }

  /** Returns the decimals a formatted value keeps: the step's decimals plus one. */
  private int decimals() {
    if (!(step > 0) || !Double.isFinite(step)) {
      return 3;
    }
    int stepDecimals =
        Math.max(0, new BigDecimal(Double.toString(step)).stripTrailingZeros().scale());
    return Math.min(stepDecimals + 1, 12);
  }
}
