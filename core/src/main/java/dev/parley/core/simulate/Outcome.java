package dev.parley.core.simulate;

import java.util.List;
import java.util.Objects;

/**
 * How a run ended: an agreement, an impasse (a party walked away) or the deadline.
 *
 * <p>Every outcome gives each party's payoff, discounted to the start: {@code δᵗ·u} for an
 * agreement on an offer made in round t, {@code δᵗ·d} for a negotiation that ended without one in
 * round t. Rounds are counted over the whole run, across sessions.
 */
public sealed interface Outcome permits Outcome.Agreement, Outcome.Impasse, Outcome.Deadline {
  /** Returns the number of rounds played. */
  int rounds();

  /** Returns each party's discounted payoff, in problem order. */
  List<Double> payoffs();

  /**
   * Every party accepted a package.
   *
   * @param bid the package, of the whole problem
   * @param offerRound the round in which the accepted offer (or text) was made
   * @param rounds the number of rounds played, the last acceptance included
   */
  record Agreement(Bid bid, int offerRound, int rounds, List<Double> payoffs) implements Outcome {
    /** Validates and copies the fields. */
    public Agreement {
      Objects.requireNonNull(bid, "bid");
      payoffs = List.copyOf(payoffs);
    }

    /**
     * Returns the round in which the agreement was concluded, by the last acceptance: {@code rounds
     * − 1}. On the negotiation's clock it falls on day {@code agreedRound · round_days}.
     */
    public int agreedRound() {
      return rounds - 1;
    }
  }

  /**
   * A party walked away.
   *
   * @param party the party that walked away, by its index in the problem
   */
  record Impasse(int party, int rounds, List<Double> payoffs) implements Outcome {
    /** Copies the fields. */
    public Impasse {
      payoffs = List.copyOf(payoffs);
    }
  }

  /** The deadline passed without agreement. */
  record Deadline(int rounds, List<Double> payoffs) implements Outcome {
    /** Copies the fields. */
    public Deadline {
      payoffs = List.copyOf(payoffs);
    }
  }
}
