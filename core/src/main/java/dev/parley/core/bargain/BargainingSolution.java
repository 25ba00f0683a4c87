package dev.parley.core.bargain;

import java.util.Optional;

/**
 * A rule that selects one package from the Pareto frontier: a solution concept of cooperative
 * bargaining.
 *
 * <p>Every implementation compares utilities exactly in {@link Ticks}, lists all vectors that reach
 * the optimal value as ties, and breaks ties deterministically (documented per concept), so that a
 * checker accepting any tied vector is exact whatever tie-break it uses.
 */
public interface BargainingSolution {
  /** Returns the concept's short name, as used in reports and JSON ({@code nash}, {@code ks}). */
  String name();

  /**
   * Returns the package the concept selects, or empty when it selects none (for concepts defined on
   * individually rational packages, when no package is rational).
   *
   * @throws IllegalArgumentException if the frontier is incomplete
   */
  Optional<Agreement> solve(ParetoFrontier frontier);
}
