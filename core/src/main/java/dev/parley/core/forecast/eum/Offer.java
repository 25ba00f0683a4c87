package dev.parley.core.forecast.eum;

import java.util.Objects;

/**
 * An offer an actor accepted in one round: it moves from its position towards the proposer's.
 *
 * @param mover the index of the actor that moves
 * @param proposer the index of the actor whose challenge it yields to
 * @param kind the octant of the dyad
 * @param moverUtility {@code a}, the mover's expected utility of challenging the proposer
 * @param proposerUtility {@code b}, the proposer's expected utility of challenging the mover
 * @param position the mover's new position
 */
public record Offer(
    int mover,
    int proposer,
    OfferKind kind,
    double moverUtility,
    double proposerUtility,
    double position) {
  /** Validates the fields. */
  public Offer {
    Objects.requireNonNull(kind, "kind");
    if (mover < 0 || proposer < 0 || mover == proposer) {
      throw new IllegalArgumentException(
          "expected two distinct actor indexes, but found " + mover + " and " + proposer);
    }
  }
}
