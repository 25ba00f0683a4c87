package dev.parley.core.forecast.exchange;

/**
 * One exchange of positions: {@code first} concedes on {@code firstConcedes} and {@code second} on
 * {@code secondConcedes}, each moving its position towards the outcome of that issue.
 *
 * @param round the round it was made in, from 1
 * @param first one partner's actor index
 * @param second the other partner's actor index
 * @param firstConcedes the issue (dimension) on which {@code first} moves
 * @param secondConcedes the issue on which {@code second} moves
 * @param firstShift how far {@code first} moves, in scale units, non-negative
 * @param secondShift how far {@code second} moves, in scale units, non-negative
 * @param firstGain {@code first}'s net gain: salience × outcome shift won minus salience × outcome
 *     shift conceded
 * @param secondGain {@code second}'s net gain, equal to {@code firstGain} by construction
 */
public record Exchange(
    int round,
    int first,
    int second,
    int firstConcedes,
    int secondConcedes,
    double firstShift,
    double secondShift,
    double firstGain,
    double secondGain) {
  /** Validates the fields. */
  public Exchange {
    if (round < 1 || first == second || firstConcedes == secondConcedes) {
      throw new IllegalArgumentException(
          "expected a round from 1, two actors and two issues, but found round "
              + round
              + ", actors "
              + first
              + " and "
              + second
              + ", issues "
              + firstConcedes
              + " and "
              + secondConcedes);
    }
    if (!(firstShift >= 0) || !(secondShift >= 0)) {
      throw new IllegalArgumentException(
          "expected non-negative shifts, but found " + firstShift + " and " + secondShift);
    }
  }
}
