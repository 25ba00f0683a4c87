package dev.parley.core.bargain;

import java.math.BigInteger;
import java.util.Objects;

/**
 * How many feasible packages every party weakly prefers to walking away: the size of the zone of
 * possible agreement (ZOPA), counted exactly or, when the count would take too long, estimated.
 *
 * @param total the number of feasible packages
 * @param rational the number of packages with {@code u_j ≥ d_j} for every party (exact), or the
 *     estimate rounded to a whole number
 * @param strict the number with {@code u_j > d_j} for every party, when exact; -1 when estimated
 * @param exact whether the counts are exact
 * @param fraction {@code rational / total}, or the estimated share
 * @param standardError the standard error of an estimated share; 0 when exact
 * @param samples the number of random packages an estimate drew; 0 when exact
 */
public record RationalCount(
    BigInteger total,
    BigInteger rational,
    BigInteger strict,
    boolean exact,
    double fraction,
    double standardError,
    long samples) {
  /** Validates the fields. */
  public RationalCount {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(rational, "rational");
    Objects.requireNonNull(strict, "strict");
  }

  /** Returns whether some package beats walking away for everyone (weakly). */
  public boolean isEmpty() {
    return rational.signum() == 0;
  }
}
