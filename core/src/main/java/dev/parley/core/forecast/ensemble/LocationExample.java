package dev.parley.core.forecast.ensemble;

import java.util.Objects;

/**
 * One dimension with a known outcome, to fit or score the ensemble on: its group (items of a group
 * are held out together), the features of each of its locations ({@link LocationFeatures}) and the
 * location of its outcome.
 */
public final class LocationExample {
  private final String group;
  private final double[][] features;
  private final int outcome;

  /**
   * Creates an example.
   *
   * @param group the group, such as the DEU proposal
   * @param features {@code [location][feature]}, {@value LocationFeatures#LOCATIONS} locations
   * @param outcome the location of the outcome
   */
  public LocationExample(String group, double[][] features, int outcome) {
    this.group = Objects.requireNonNull(group, "group");
    if (features.length != LocationFeatures.LOCATIONS) {
      throw new IllegalArgumentException(
          "expected " + LocationFeatures.LOCATIONS + " locations, but found " + features.length);
    }
    if (outcome < 0 || outcome >= features.length) {
      throw new IllegalArgumentException(
          "expected an outcome location in [0, " + features.length + "), but found " + outcome);
    }
    this.features = new double[features.length][];
    for (int g = 0; g < features.length; g++) {
      this.features[g] = features[g].clone();
    }
    this.outcome = outcome;
  }

  /** Returns the group. */
  public String group() {
    return group;
  }

  /** Returns the location of the outcome. */
  public int outcome() {
    return outcome;
  }

  /** Returns the number of features. */
  public int featureCount() {
    return features[0].length;
  }

  /** Returns the features without copying them; callers must not modify them. */
  double[][] sharedFeatures() {
    return features;
  }
}
