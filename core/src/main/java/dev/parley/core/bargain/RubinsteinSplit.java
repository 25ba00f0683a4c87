package dev.parley.core.bargain;

import dev.parley.core.model.Clock;
import dev.parley.core.model.DiscountPeriod;

/**
 * The subgame-perfect split of a surplus in Rubinstein's alternating-offers game with discount
 * factors {@code δ₁} (the first proposer) and {@code δ₂}.
 *
 * <p>Source: A. Rubinstein, "Perfect Equilibrium in a Bargaining Model", Econometrica 50 (1982).
 * The first proposer gets {@code (1 − δ₂) / (1 − δ₁δ₂)} at once and the responder accepts; the more
 * patient party (larger δ) gets more, and moving first is worth something that vanishes as offers
 * come faster. With per-period discount rates {@code r_i} (δ_i = e^{−r_i Δ}) and the period Δ → 0,
 * the shares tend to {@code r₂ / (r₁ + r₂)} and {@code r₁ / (r₁ + r₂)}, the asymmetric Nash
 * bargaining solution with bargaining powers inverse to the rates. In a scenario the period is one
 * bargaining round of its {@link Clock} ({@link #of(Clock, double, DiscountPeriod, double,
 * DiscountPeriod)}), so the split of the same parties changes with {@code round_days} and the limit
 * does not. Cost: O(1).
 *
 * @param firstShare the share the first proposer gets
 * @param secondShare the share the responder gets
 * @param limitFirstShare the first party's share as offers come infinitely fast
 */
public record RubinsteinSplit(
    double firstDiscount,
    double secondDiscount,
    double firstShare,
    double secondShare,
    double limitFirstShare) {

  /**
   * Returns the split for the given discount factors.
   *
   * @throws IllegalArgumentException unless both are in (0, 1]
   */
  public static RubinsteinSplit of(double firstDiscount, double secondDiscount) {
    check(firstDiscount);
    check(secondDiscount);
    double denominator = 1 - firstDiscount * secondDiscount;
    double first;
    double limit;
    if (denominator == 0) {
      // Both perfectly patient: the game has no unique equilibrium; the symmetric split is the
      // limit of the equilibria as both discount factors tend to one at the same rate.
      first = 0.5;
      limit = 0.5;
    } else {
      first = (1 - secondDiscount) / denominator;
      double r1 = -StrictMath.log(firstDiscount);
      double r2 = -StrictMath.log(secondDiscount);
      limit = r1 + r2 == 0 ? 0.5 : r2 / (r1 + r2);
    }
    return new RubinsteinSplit(firstDiscount, secondDiscount, first, 1 - first, limit);
  }

  /**
   * Returns the split when the period of the game is one round of a clock: each party's patience,
   * stated per year or per round, is converted to a discount factor per round ({@link
   * Clock#perRound}).
   *
   * @throws IllegalArgumentException unless both patience values are in (0, 1]
   */
  public static RubinsteinSplit of(
      Clock clock,
      double firstPatience,
      DiscountPeriod firstPeriod,
      double secondPatience,
      DiscountPeriod secondPeriod) {
    check(firstPatience);
    check(secondPatience);
    return of(
        clock.perRound(firstPatience, firstPeriod), clock.perRound(secondPatience, secondPeriod));
  }

  private static void check(double delta) {
    if (!(delta > 0 && delta <= 1)) {
      throw new IllegalArgumentException("discount factor must be in (0, 1], was " + delta);
    }
  }
}
