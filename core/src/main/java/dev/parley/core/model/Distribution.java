package dev.parley.core.model;

/**
 * What is known about a number: a point, or a distribution over its plausible values.
 *
 * <p>Deterministic analyses use {@link #nominal()}; the Monte Carlo analyses draw a value through
 * its quantile function at a uniform draw (dev.parley.core.montecarlo), so that every draw is a
 * function of the seed alone (docs/adr/0003).
 */
public sealed interface Distribution {
  /** Returns the value deterministic analyses use: the point, the mean or the mode. */
  double nominal();

  /** Returns the smallest value the distribution can take (after truncation). */
  double lower();

  /** Returns the largest value the distribution can take (after truncation). */
  double upper();

  /**
   * Returns this distribution under the affine map {@code x ↦ scale · x + shift}, with its bounds
   * mapped too (and swapped if the scale is negative).
   */
  default Distribution affine(double scale, double shift) {
    return switch (this) {
      case Point p -> new Point(scale * p.value() + shift);
      case Uniform u -> {
        double a = scale * u.low() + shift;
        double b = scale * u.high() + shift;
        yield new Uniform(Math.min(a, b), Math.max(a, b), scale * u.nominal() + shift);
      }
      case Triangular t -> {
        double a = scale * t.low() + shift;
        double b = scale * t.high() + shift;
        yield new Triangular(Math.min(a, b), scale * t.mode() + shift, Math.max(a, b));
      }
      case Normal n -> {
        double a = scale * n.low() + shift;
        double b = scale * n.high() + shift;
        yield new Normal(
            scale * n.mean() + shift, Math.abs(scale) * n.sd(), Math.min(a, b), Math.max(a, b));
      }
    };
  }

  /** Returns this distribution with every value clamped to {@code [min, max]}. */
  default Distribution clamped(double min, double max) {
    return switch (this) {
      case Point p -> new Point(Math.min(max, Math.max(min, p.value())));
      case Uniform u ->
          new Uniform(
              Math.min(max, Math.max(min, u.low())),
              Math.min(max, Math.max(min, u.high())),
              Math.min(max, Math.max(min, u.nominal())));
      case Triangular t ->
          new Triangular(
              Math.min(max, Math.max(min, t.low())),
              Math.min(max, Math.max(min, t.mode())),
              Math.min(max, Math.max(min, t.high())));
      case Normal n ->
          new Normal(
              Math.min(max, Math.max(min, n.mean())),
              n.sd(),
              Math.max(min, n.low()),
              Math.min(max, n.high()));
    };
  }

  /** Returns a point distribution. */
  static Distribution point(double value) {
    return new Point(value);
  }

  /** A number known exactly, or assumed to be. */
  record Point(double value) implements Distribution {
    @Override
    public double nominal() {
      return value;
    }

    @Override
    public double lower() {
      return value;
    }

    @Override
    public double upper() {
      return value;
    }
  }

  /**
   * A number known only to lie in a range, every value in it equally plausible.
   *
   * @param nominal the value deterministic analyses use; the midpoint unless the source names one
   */
  record Uniform(double low, double high, double nominal) implements Distribution {
    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }
  }

  /** A triangular distribution: a range and its most plausible value. */
  record Triangular(double low, double mode, double high) implements Distribution {
    @Override
    public double nominal() {
      return mode;
    }

    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }
  }

  /**
   * A normal distribution truncated to {@code [low, high]}.
   *
   * @param low the truncation floor; use negative infinity for none
   * @param high the truncation ceiling; use positive infinity for none
   */
  record Normal(double mean, double sd, double low, double high) implements Distribution {
    @Override
    public double nominal() {
      return mean;
    }

    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }
  }
}
