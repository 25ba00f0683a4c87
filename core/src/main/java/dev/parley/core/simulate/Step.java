package dev.parley.core.simulate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a run's trace: who did what in which round, on which package, demanding how much.
 *
 * @param session the session the step belongs to, from 0 (always 0 outside {@link
 *     SequentialSessionsProtocol})
 * @param round the round within the session, from 0
 * @param party the party that moved, by its index in the whole problem; -1 for the mediator
 * @param bid the package offered, accepted, rejected or put to the vote; null for a walk-away. It
 *     is a package of the session's {@link SessionTable}: its utilities are those of the session's
 *     parties, over the issues on its table
 * @param demand the mover's aspiration in its own utility ({@link NegotiationAgent#demand}); NaN
 *     for the mediator
 */
public record Step(
    int session, int round, int party, Action action, @Nullable Bid bid, double demand) {
  /** What happened in a step. */
  public enum Action {
    /** A party proposed a package; it replaces the offer on the table. */
    OFFER,
    /** A party accepted the package on the table. */
    ACCEPT,
    /** A party rejected the mediator's text; its counter-proposal is the bid. */
    REJECT,
    /** A party ended the negotiation. */
    WALK_AWAY,
    /** The mediator put a text to the vote. */
    TEXT
  }

  /** Validates the fields. */
  public Step {
    Objects.requireNonNull(action, "action");
    if (bid == null && action != Action.WALK_AWAY) {
      throw new IllegalArgumentException("only a walk-away has no package, not " + action);
    }
  }
}
