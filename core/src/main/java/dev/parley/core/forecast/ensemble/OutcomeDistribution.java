package dev.parley.core.forecast.ensemble;

import java.util.List;

/**
 * The ensemble's distribution of where one dimension lands: a probability for each of its {@value
 * LocationFeatures#LOCATIONS} locations, evenly spaced from the scale minimum to the maximum.
 *
 * @param lower the scale minimum
 * @param upper the scale maximum
 * @param probabilities the probability of each location, summing to 1
 */
public record OutcomeDistribution(double lower, double upper, List<Double> probabilities) {
  /** Validates and copies the fields. */
  public OutcomeDistribution {
    probabilities = List.copyOf(probabilities);
    if (probabilities.size() != LocationFeatures.LOCATIONS) {
      throw new IllegalArgumentException(
          "expected "
              + LocationFeatures.LOCATIONS
              + " probabilities, but found "
              + probabilities.size());
    }
  }

  /** Returns the distribution of the given probabilities. */
  static OutcomeDistribution of(double lower, double upper, double[] probabilities) {
    return new OutcomeDistribution(
        lower, upper, java.util.Arrays.stream(probabilities).boxed().toList());
  }

  /**
   * Returns the median's location: the first location at which the cumulative probability reaches
   * one half. Under absolute error it is the best point forecast the distribution gives.
   */
  public int medianLocation() {
    return medianLocation(probabilities.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Returns the median's position on the scale. */
  public double median() {
    return position(medianLocation());
  }

  /** Returns the position of a location on the scale. */
  public double position(int location) {
    double width = upper - lower;
    return width > 0 ? lower + location * width / (LocationFeatures.LOCATIONS - 1) : lower;
  }

  static int medianLocation(double[] probabilities) {
    double cumulative = 0;
    for (int g = 0; g < probabilities.length; g++) {
      cumulative += probabilities[g];
      if (cumulative >= 0.5) {
        return g;
      }
    }
    return probabilities.length - 1;
  }
}
