package dev.parley.core.forecast.eum;

/** When a run of the expected-utility model stops. */
public sealed interface StoppingRule {
  /** Returns the largest number of rounds the rule allows. */
  int maxRounds();

  /** Returns a rule that runs exactly the given number of rounds (Scholz's {@code τ}). */
  static StoppingRule rounds(int rounds) {
    return new FixedRounds(rounds);
  }

  /**
   * Returns a rule that stops once the median has moved less than {@code tolerance × R} in {@code
   * consecutive} rounds in a row, or after {@code maxRounds}.
   */
  static StoppingRule medianStable(double tolerance, int consecutive, int maxRounds) {
    return new MedianStable(tolerance, consecutive, maxRounds);
  }

  /**
   * Run exactly {@code rounds} rounds, as Scholz et al. do: BdM says only that the steps repeat
   * "until the issue is resolved".
   *
   * @param rounds at least 0
   */
  record FixedRounds(int rounds) implements StoppingRule {
    /** Validates the count. */
    public FixedRounds {
      if (rounds < 0) {
        throw new IllegalArgumentException("rounds must be at least 0, was " + rounds);
      }
    }

    @Override
    public int maxRounds() {
      return rounds;
    }
  }

  /**
   * Stop when the median has settled: it moved by less than {@code tolerance} times the range
   * {@code R} in each of the last {@code consecutive} rounds; otherwise stop after {@code
   * maxRounds}. The run records which of the two fired. This is the practical rule of the
   * hamzagul07/schelling reconstruction ("less than 0.5 scale units in two consecutive rounds" on a
   * 0–100 scale is {@code tolerance = 0.005}, {@code consecutive = 2}).
   *
   * @param tolerance a fraction of {@code R}, positive
   * @param consecutive at least 1
   * @param maxRounds at least 1
   */
  record MedianStable(double tolerance, int consecutive, int maxRounds) implements StoppingRule {
    /** Validates the parameters. */
    public MedianStable {
      if (!(tolerance > 0) || consecutive < 1 || maxRounds < 1) {
        throw new IllegalArgumentException(
            "expected a positive tolerance, consecutive >= 1 and maxRounds >= 1, but found "
                + tolerance
                + ", "
                + consecutive
                + ", "
                + maxRounds);
      }
    }
  }
}
