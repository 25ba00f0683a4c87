/**
 * Agent-based bargaining: agents with concession strategies negotiate a {@link
 * dev.parley.core.bargain.BargainingProblem} round by round under a protocol (stacked alternating
 * offers, single-text mediation, a sequence of sessions among subsets of parties), with deadlines
 * and discounting, and every run leaves a trace of offers, responses and utilities.
 *
 * <p>Conventions pinned for every protocol (docs/simulate.md):
 *
 * <ul>
 *   <li>A <em>round</em> is one turn: one party moves (or, under mediation, the mediator puts one
 *       text to a vote). This is Rubinstein's period, so a party's patience δ, the scenario's
 *       discount factor per round, discounts one turn; a GENIUS or GeniusWeb "round", in which
 *       every party moves once, is {@code k} rounds here.
 *   <li>The deadline is a number of rounds; time, for concession curves, is {@code round /
 *       deadline}.
 *   <li>An agreement on an offer made in round {@code t} is worth {@code δⱼᵗ·uⱼ} to party j; a
 *       negotiation that ends without agreement in round {@code t} (a walk-away, or the deadline)
 *       is worth {@code δⱼᵗ·dⱼ}, the reservation discounted as GENIUS discounts it.
 *   <li>Agents know every party's utilities (complete information, as in the analytic models) and
 *       bid from the exact Pareto frontier; nothing enumerates packages.
 *   <li>Everything random draws from a generator derived from the run's {@link
 *       dev.parley.core.random.Seed} stream, one per party, so a run is reproducible from the seed
 *       and its index alone, whatever the number of threads.
 * </ul>
 */
@NullMarked
package dev.parley.core.simulate;

import org.jspecify.annotations.NullMarked;
