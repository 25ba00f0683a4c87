/**
 * Bargaining over package deals with additive utilities: the exact Pareto frontier for any number
 * of parties, the classic solution concepts (Nash, Kalai–Smorodinsky, egalitarian, maximum
 * welfare), the zone of possible agreement, logrolls, what would open an empty zone, and
 * Rubinstein's alternating-offers split.
 *
 * <p>All comparisons of utilities (dominance, rationality, optimisation, ties) are made on {@link
 * dev.parley.core.bargain.Ticks}: utilities rounded to the nearest 10<sup>-12</sup>. Utilities that
 * are equal in exact arithmetic but differ in the last bits of a double are then equal, and every
 * genuine difference in real preference data is kept (see docs/adr/0005-utility-tolerance.md).
 */
@NullMarked
package dev.parley.core.bargain;

import org.jspecify.annotations.NullMarked;
