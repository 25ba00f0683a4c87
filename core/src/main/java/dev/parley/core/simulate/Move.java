package dev.parley.core.simulate;

import java.util.Objects;

/**
 * What a party does when it is its turn: make an offer, accept the offer on the table, or walk away
 * and end the negotiation for everyone.
 */
public sealed interface Move permits Move.Offer, Move.Accept, Move.Walkaway {

  /** An offer: the package the party proposes, which replaces any offer on the table. */
  record Offer(Bid bid) implements Move {
    /** Validates the field. */
    public Offer {
      Objects.requireNonNull(bid, "bid");
    }
  }

  /** Acceptance of the offer on the table. */
  record Accept() implements Move {}

  /** Ending the negotiation without agreement. */
  record Walkaway() implements Move {}
}
