package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Prediction;
import org.junit.jupiter.api.Test;

/**
 * A reported forecast whose verb is negated ("did not believe X would") keeps the negation in the
 * prediction, so that the ledger reads a doubt rather than the bare "would".
 */
class NegatedForecastTest {
  @Test
  void aNegatedBeliefVerb_isPartOfThePrediction() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "Marco Rubio said on Sunday that he did not believe new sanctions would push"
                + " Russia into a ceasefire.");
    assertThat(e.predictions())
        .extracting(Prediction::what)
        .containsExactly("did not believe new sanctions would push Russia into a ceasefire.");
  }

  @Test
  void aBeliefVerbWithoutNegation_startsAfterTheVerb() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "Marco Rubio said on Sunday that he believed new sanctions would push Russia into"
                + " a ceasefire.");
    assertThat(e.predictions())
        .extracting(Prediction::what)
        .containsExactly("new sanctions would push Russia into a ceasefire.");
  }
}
