package dev.parley.core.forecast.ensemble;

import java.util.List;
import java.util.Objects;

/**
 * A fitted ensemble: the members whose forecasts it weighs, the coefficient of each feature ({@link
 * LocationFeatures#names}), the ridge penalty chosen by cross-validation, and the radius of the
 * split-conformal interval at each level.
 *
 * @param members the member models' names, in feature order
 * @param coefficients one per feature of {@link LocationFeatures#names(List) names(members)}
 * @param penalty the ridge penalty λ the coefficients were fitted with
 * @param levels the interval levels, increasing
 * @param radii the interval radius at each level, in points of the 0–100 scale (a share of the
 *     scale); infinite for the whole scale
 * @param source what the parameters were fitted on, with its citation
 */
public record EnsembleParameters(
    List<String> members,
    List<Double> coefficients,
    double penalty,
    List<Double> levels,
    List<Double> radii,
    String source) {
  /** Validates and copies the fields. */
  public EnsembleParameters {
    members = List.copyOf(members);
    coefficients = List.copyOf(coefficients);
    levels = List.copyOf(levels);
    radii = List.copyOf(radii);
    Objects.requireNonNull(source, "source");
    int p = LocationFeatures.names(members).size();
    if (coefficients.size() != p) {
      throw new IllegalArgumentException(
          "expected " + p + " coefficients, but found " + coefficients.size());
    }
    if (levels.size() != radii.size()) {
      throw new IllegalArgumentException(
          "expected a radius for each of " + levels.size() + " levels, but found " + radii.size());
    }
    for (int k = 0; k < levels.size(); k++) {
      double l = levels.get(k);
      if (!(l > 0 && l < 1) || (k > 0 && !(l > levels.get(k - 1))) || !(radii.get(k) >= 0)) {
        throw new IllegalArgumentException(
            "expected increasing levels in (0, 1) with radii >= 0, but found "
                + levels
                + " and "
                + radii);
      }
    }
  }

  /** Returns the coefficients as an array. */
  double[] coefficientArray() {
    return coefficients.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Returns the interval radius at a level, in points of the 0–100 scale.
   *
   * @throws IllegalArgumentException if the level is not one of {@link #levels}
   */
  public double radius(double level) {
    int k = levels.indexOf(level);
    if (k < 0) {
      throw new IllegalArgumentException(
          "expected a level among " + levels + ", but found " + level);
    }
    return radii.get(k);
  }
}
