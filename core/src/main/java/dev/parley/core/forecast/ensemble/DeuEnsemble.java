package dev.parley.core.forecast.ensemble;

import java.util.List;

/**
 * The ensemble fitted on the DEU data, shipped as numbers so that it runs where the data is absent.
 *
 * <p>Fitted by {@link LocationStacking#fit} with {@link CrossValidationPlan#defaults} and seed
 * {@value #SEED} on the 353 scored issues of 137 proposals of DEU III (Arregui and Perarnaud 2021,
 * doi:10.34810/data53, which contains DEU I and II: Thomson et al., "The European Union Decides",
 * 2006), read from the public copy {@code deu3.csv} (sha256 {@code 3fbb9606…5170}) with the
 * conventions of docs/forecast-evaluation.md. The data is not redistributed; only these fitted
 * numbers are. {@code EvaluateDeuTest} fits them again from the shared data and checks that they
 * match, and that the held-out figures below are what {@code parley evaluate deu} measures.
 */
public final class DeuEnsemble {
  /** The members whose forecasts the ensemble weighs, in feature order. */
  public static final List<String> MEMBERS =
      List.of(
          "compromise",
          "median",
          "smp-ktab",
          "smp",
          "nash-worst",
          "eum-scholz",
          "eum-paper",
          "exchange");

  /** The seed of the folds the parameters and the held-out figures were obtained with. */
  public static final long SEED = 1;

  /** What the parameters were fitted on. */
  public static final String SOURCE =
      "DEU III (Arregui and Perarnaud 2021, doi:10.34810/data53), public copy deu3.csv (sha256"
          + " 3fbb9606abecb9d0725d7cb7077543c53331f5ec8b50f5294672644f354d5170): 353 issues of"
          + " 137 proposals; 10 folds by proposal, seed 1";

  /** The ensemble's held-out mean absolute error on DEU, on the 0–100 scale. */
  public static final double HELD_OUT_MAE = 21.26628895184136;

  /** The share of held-out DEU issues whose outcome lay in the ensemble's 80 % interval. */
  public static final double HELD_OUT_COVERAGE_80 = 0.7988668555240793;

  private static final double PENALTY = 1;

  private static final double[] COEFFICIENTS = {
    -0.025413262267617184, // cs-share
    0.02965842091126392, // capability-share
    -0.009269646514761228, // actor-share
    2.8069090247636246, // held
    1.014032660725482, // top-salience
    -0.08882149954214066, // compromise-distance-squared
    0.24297745146521724, // scale-end
    1.183620347206793, // scale-middle
    -0.33219499275573894, // outside-positions
    0.9708443179613897, // median-depth
    -0.7470585156241721, // distance-to-compromise
    0.2926662524683947, // distance-to-median
    -0.18330602000847637, // distance-to-smp-ktab
    -0.18812144926898633, // distance-to-smp
    -0.3787574433267115, // distance-to-nash-worst
    -0.020251317989150808, // distance-to-eum-scholz
    -0.34023876336572295, // distance-to-eum-paper
    -0.945398203813814 // distance-to-exchange
  };

  private static final double[] LEVELS = {0.5, 0.8, 0.9, 0.95};

  private static final double[] RADII = {16, 40, 50, 57};

  private DeuEnsemble() {}

  /** Returns the fitted parameters. */
  public static EnsembleParameters parameters() {
    return new EnsembleParameters(
        MEMBERS,
        java.util.Arrays.stream(COEFFICIENTS).boxed().toList(),
        PENALTY,
        java.util.Arrays.stream(LEVELS).boxed().toList(),
        java.util.Arrays.stream(RADII).boxed().toList(),
        SOURCE);
  }
}
