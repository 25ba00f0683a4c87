package dev.parley.core.forecast.eum;

/** The octant of a dyad that moves an actor, in the order in which actors prefer offers. */
public enum OfferKind {
  /** Both expect to win a challenge, the other more: the actor moves fully to the other. */
  CONFLICT,
  /** The other has the upper hand: the actor moves part of the way, {@code |a/b|} of it. */
  COMPROMISE,
  /** The actor's challenge is hopeless: it moves fully to the other (compel or capitulate). */
  CAPITULATION
}
