package dev.parley.core.forecast.eum;

/**
 * Ambiguity A4: which of the offers an actor receives it accepts. Offers are always taken by class
 * first, a lost conflict before a compromise before a capitulation (Scholz §6.2); this chooses
 * within the class. Remaining ties go to the proposer listed first.
 */
public enum OfferChoice {
  /** The offer that moves the actor least (Scholz §6.2, "players move the least that they can"). */
  LEAST_MOVEMENT,
  /**
   * The most enforceable offer, that of the proposer expecting most from its challenge, with least
   * movement breaking ties (the paper's rule for offers that are not equally enforceable).
   */
  MOST_ENFORCEABLE,
  /**
   * Scholz's code: least movement for conflicts and capitulations, but among compromises the one
   * with the smallest {@code (|a| x_i + |b| x_j) / (|a| + |b|)}, whatever the movement; this is
   * what sends Belgium to 4.8 in round 4 of the emission-standards example.
   */
  SCHOLZ_CODE
}
