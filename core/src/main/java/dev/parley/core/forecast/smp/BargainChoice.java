package dev.parley.core.forecast.smp;

/**
 * Chooses which bargain of its queue an actor takes, in place of the model's own rule (the most
 * probable one, or a random draw). Used to replay a recorded stochastic run, such as a KTAB log.
 */
@FunctionalInterface
public interface BargainChoice {
  /**
   * Returns the index of the chosen bargain.
   *
   * @param turn the turn, from 0
   * @param actor the actor whose new position is chosen
   * @param initiators each bargain's initiator; the actor's status quo has initiator = receiver =
   *     actor
   * @param receivers each bargain's receiver
   * @param probabilities each bargain's probability from the election over the queue
   */
  int choose(int turn, int actor, int[] initiators, int[] receivers, double[] probabilities);
}
