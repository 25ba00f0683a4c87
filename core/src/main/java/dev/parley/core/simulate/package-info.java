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
 *       text to a vote). This is Rubinstein's period; it lasts the scenario's {@code round_days}
 *       ({@link dev.parley.core.model.Clock}), and a party's patience is converted to a discount
 *       factor per round of that clock. A GENIUS or GeniusWeb "round", in which every party moves
 *       once, is {@code k} rounds here.
 *   <li>The cap is a number of rounds that ends a run; time, for the time-dependent tactics, is
 *       {@code round / cap}, while the scenario's own tactic concedes over a horizon set by the
 *       party's patience and deadline ({@link Negotiation#horizon}).
 *   <li>An agreement on an offer made in round {@code t} is worth {@code δⱼᵗ·uⱼ} to party j; a
 *       negotiation that ends without agreement in round {@code t} (a walk-away, or the cap) is
 *       worth {@code δⱼᵗ·dⱼ}, the reservation discounted as GENIUS discounts it.
 *   <li>Agents know every party's utilities (complete information, as in the analytic models) and
 *       bid from the exact Pareto frontier; nothing enumerates packages.
 *   <li>Everything random draws from a generator derived from the run's {@link
 *       dev.parley.core.random.Seed} stream, one per party by its rank (its place among the parties
 *       sorted by name), and the order of moves is drawn from the run's seed over the same ranks,
 *       so a run is reproducible from the seed and its index alone, whatever the number of threads,
 *       and permuting the parties of a problem permutes the run and changes nothing else.
 * </ul>
 */
@NullMarked
package dev.parley.core.simulate;

import org.jspecify.annotations.NullMarked;
