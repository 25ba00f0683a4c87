package dev.parley.core.model;

import java.util.Objects;

/** A number in a scenario together with what is known of it and what it rests on. */
public record Estimate(Distribution distribution, Basis basis) {
  /** Validates the fields. */
  public Estimate {
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(basis, "basis");
  }

  /** Returns an exact value that is a bare assumption. */
  public static Estimate assumed(double value) {
    return new Estimate(Distribution.point(value), Basis.unstated());
  }

  /** Returns an exact value with the given basis. */
  public static Estimate of(double value, Basis basis) {
    return new Estimate(Distribution.point(value), basis);
  }

  /** Returns the value deterministic analyses use. */
  public double nominal() {
    return distribution.nominal();
  }

  /** Returns whether the value is uncertain, that is, not a point. */
  public boolean isUncertain() {
    return !(distribution instanceof Distribution.Point);
  }
}
