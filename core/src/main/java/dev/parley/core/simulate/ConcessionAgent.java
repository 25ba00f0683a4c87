package dev.parley.core.simulate;

import dev.parley.core.bargain.Ticks;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A negotiator driven by a {@link ConcessionStrategy}: in each turn it accepts the offer on the
 * table if that is worth at least its target (and its reservation), otherwise it bids a frontier
 * package near its target ({@link Negotiation#offerNear}); one that keeps its own deadline walks
 * away when that comes.
 *
 * <p>The acceptance rule compares with the target rather than with the next bid (GENIUS's AC_next),
 * which accepts slightly more: the target is at most the next bid's utility.
 *
 * @param window the width of the band above the target from which bids are drawn, at least 0
 * @param keepsOwnDeadline whether the agent walks away from its party's deadline on
 */
public record ConcessionAgent(ConcessionStrategy strategy, double window, boolean keepsOwnDeadline)
    implements NegotiationAgent {
  /** The default band above the target from which bids are drawn: 0.02 of utility. */
  public static final double DEFAULT_WINDOW = 0.02;

  /** Validates the fields. */
  public ConcessionAgent {
    Objects.requireNonNull(strategy, "strategy");
    if (!(window >= 0)) {
      throw new IllegalArgumentException("window must be at least 0, was " + window);
    }
  }

  @Override
  public double demand(NegotiationState state) {
    return strategy.target(state);
  }

  @Override
  public Move act(NegotiationState state, RandomGenerator random) {
    Negotiation n = state.negotiation();
    int self = state.self();
    double target = strategy.target(state);
    Optional<Bid> standing = state.standing();
    if (standing.isPresent()) {
      double u = standing.get().utility(self);
      if (Ticks.of(u) >= Ticks.of(target) && Ticks.of(u) >= Ticks.of(n.reservation(self))) {
        return new Move.Accept();
      }
    }
    if (keepsOwnDeadline
        && state.round() >= n.partyDeadline(self)
        && n.partyDeadline(self) < n.deadline()) {
      return new Move.Walkaway();
    }
    return new Move.Offer(n.offerNear(self, target, window, random));
  }
}
