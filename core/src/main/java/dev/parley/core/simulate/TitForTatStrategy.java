package dev.parley.core.simulate;

import java.util.Objects;

/**
 * Tit for tat: the party concedes as much as the others have conceded, never on a schedule of its
 * own. It opens with its best package and, with no offers from the others, keeps demanding it.
 *
 * <p>Two reciprocities are offered:
 *
 * <ul>
 *   <li>{@link Reciprocity#NAIVE}: Faratin, Sierra and Jennings' (1998) absolute tit for tat in the
 *       party's own utility. Each other party's concession is how much more its latest offer gives
 *       this party than its first did (negative if it has taken something back); the party's target
 *       is its best minus the mean of those concessions. It retaliates: when the others retract,
 *       its target rises again.
 *   <li>{@link Reciprocity#NICE}: after Baarslag, Hindriks and Jonker, "A tit for tat negotiation
 *       strategy for real-time bilateral negotiations" (2013). Each other party j's concession is
 *       measured in j's own utility, as the share of the way from its first offer to the reference
 *       package (the Nash package, see {@link Negotiation#reference()}) that its most conceding
 *       offer so far has covered; the party concedes the mean share of its own way from its best to
 *       the reference. It never retaliates, since a party's most conceding offer never goes back.
 * </ul>
 *
 * <p>Targets are clamped to the party's range. Cost: O(k) per turn.
 *
 * @param reciprocity how concessions are mirrored
 */
public record TitForTatStrategy(Reciprocity reciprocity) implements ConcessionStrategy {
  /** How a tit-for-tat party measures and mirrors the others' concessions. */
  public enum Reciprocity {
    /** Mirror the others' concessions in own utility, retractions included. */
    NAIVE,
    /** Mirror the share of the way to the reference package the others have gone; never retract. */
    NICE
  }

  /** Validates the field. */
  public TitForTatStrategy {
    Objects.requireNonNull(reciprocity, "reciprocity");
  }

  /** Returns the naive tit for tat. */
  public static TitForTatStrategy naive() {
    return new TitForTatStrategy(Reciprocity.NAIVE);
  }

  /** Returns the nice tit for tat. */
  public static TitForTatStrategy nice() {
    return new TitForTatStrategy(Reciprocity.NICE);
  }

  @Override
  public String name() {
    return reciprocity == Reciprocity.NAIVE ? "naive-tft" : "nice-tft";
  }

  @Override
  public double target(NegotiationState state) {
    Negotiation n = state.negotiation();
    int self = state.self();
    double best = n.best(self);
    double[] terms = new double[n.partyCount()];
    int count = 0;
    for (int j = 0; j < n.partyCount(); j++) {
      if (j == self || state.offerCount(j) == 0) {
        continue;
      }
      Bid first = state.firstOffer(j).orElseThrow();
      if (reciprocity == Reciprocity.NAIVE) {
        terms[count] = state.lastOffer(j).orElseThrow().utility(self) - first.utility(self);
      } else {
        double way = first.utility(j) - n.reference().utility(j);
        double gone = first.utility(j) - state.deepestOffer(j).orElseThrow().utility(j);
        terms[count] = way <= 1e-12 ? 1 : Math.max(0, Math.min(1, gone / way));
      }
      count++;
    }
    if (count == 0) {
      return best;
    }
    // summed smallest first, so the mean does not depend on the order of the parties
    double mean = Negotiation.sum(terms, count) / count;
    double target =
        reciprocity == Reciprocity.NAIVE
            ? best - mean
            : best - mean * (best - n.reference().utility(self));
    return ConcessionStrategy.clamp(n, self, target);
  }
}
