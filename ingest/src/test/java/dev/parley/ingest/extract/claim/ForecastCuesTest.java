package dev.parley.ingest.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.extract.claim.ForecastCues.Kind;
import org.junit.jupiter.api.Test;

/** The cue words of forecast-cues.tsv are read with their kinds; a word may have several. */
class ForecastCuesTest {
  @Test
  void modalsFramesAndExclusions_haveTheirKinds() {
    assertThat(ForecastCues.is("will", Kind.FUTURE)).isTrue();
    assertThat(ForecastCues.is("wo", Kind.FUTURE)).isTrue();
    assertThat(ForecastCues.is("could", Kind.HEDGED)).isTrue();
    assertThat(ForecastCues.is("could", Kind.FUTURE)).isFalse();
    assertThat(ForecastCues.is("expects", Kind.FORECAST)).isTrue();
    assertThat(ForecastCues.is("suspect", Kind.BELIEF)).isTrue();
    assertThat(ForecastCues.is("said", Kind.REPORT)).isTrue();
    assertThat(ForecastCues.is("hopefully", Kind.NOT_FORECAST)).isTrue();
    assertThat(ForecastCues.is("you", Kind.GENERIC)).isTrue();
  }

  @Test
  void aWordMayHaveSeveralKinds() {
    assertThat(ForecastCues.is("doubted", Kind.BELIEF)).isTrue();
    assertThat(ForecastCues.is("doubted", Kind.DOUBT)).isTrue();
    assertThat(ForecastCues.is("will", Kind.FINITE)).isTrue();
  }

  @Test
  void aWordNotListed_isOfNoKind() {
    for (Kind k : Kind.values()) {
      assertThat(ForecastCues.is("giraffe", k)).isFalse();
    }
  }
}
