package dev.parley.app;

import java.util.Objects;

/**
 * What is known about how far to trust a forecasting model: its error and interval coverage on the
 * DEU data (docs/forecast-evaluation.md) and whether it reproduces the reference it implements
 * (docs/forecast-models.md, docs/forecast-smp.md).
 *
 * @param model the model's name
 * @param deuMae its mean absolute error on the 353 scored DEU issues, on the 0–100 scale; for the
 *     ensemble, held out (fitted without the proposal)
 * @param deuCoverage80 the share of DEU issues whose outcome lay in its held-out 80 % interval
 * @param reproducesSource whether it reproduces its source's published results or code
 * @param caveat what a reader should know before using it; empty if nothing
 */
public record ModelStanding(
    String model, double deuMae, double deuCoverage80, boolean reproducesSource, String caveat) {
  /** Validates the fields. */
  public ModelStanding {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(caveat, "caveat");
    if (!(deuMae >= 0) || !(deuCoverage80 >= 0 && deuCoverage80 <= 1)) {
      throw new IllegalArgumentException(
          "expected an error >= 0 and a coverage in [0, 1], but found "
              + deuMae
              + " and "
              + deuCoverage80);
    }
  }
}
