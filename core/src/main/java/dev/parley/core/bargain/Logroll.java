package dev.parley.core.bargain;

import java.util.List;

/**
 * A trade of concessions between two parties across two issues that raises both their utilities:
 * {@code first} gives ground on {@code firstConcedes}, {@code second} on {@code secondConcedes}.
 *
 * <p>Both moves start from the pair's baseline package, which settles each issue on its own by
 * splitting the difference between the two (see {@link LogrollAnalysis}).
 *
 * @param first the index of the first party
 * @param second the index of the second party
 * @param firstConcedes the issue on which the first party moves toward the second
 * @param firstFrom the baseline option on that issue
 * @param firstTo the option the first party concedes to
 * @param secondConcedes the issue on which the second party moves toward the first
 * @param secondFrom the baseline option on that issue
 * @param secondTo the option the second party concedes to
 * @param firstGain the first party's net utility gain from the trade
 * @param secondGain the second party's net utility gain from the trade
 * @param effects every party's utility change, in party order (third parties may lose)
 */
public record Logroll(
    int first,
    int second,
    int firstConcedes,
    int firstFrom,
    int firstTo,
    int secondConcedes,
    int secondFrom,
    int secondTo,
    double firstGain,
    double secondGain,
    List<Double> effects) {
  /** Copies the fields. */
  public Logroll {
    effects = List.copyOf(effects);
  }

  /** Returns the smaller of the two gains: how good the trade is for the party it helps less. */
  public double minimumGain() {
    return Math.min(firstGain, secondGain);
  }
}
