package dev.parley.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgeScaleTest {
  private static String table;
  private static HedgeScale scale;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = HedgeScale.class.getResourceAsStream("hedge-scale.tsv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    scale = HedgeScale.parse(table);
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Putin will rule out a meeting | 0.9 | will",
        "a summit will take place within three weeks | 0.9 | will",
        "Russia won't agree to a ceasefire | 0.1 | won't",
        "Russia will not agree to a ceasefire | 0.1 | will not",
        "Russia will never agree | 0.1 | will never",
        "Moscow cannot accept it | 0.1 | cannot",
        "a deal is likely before winter | 0.675 | likely",
        "a deal is very likely | 0.875 | very likely",
        "a deal is not likely | 0.325 | not likely",
        "a deal is unlikely | 0.325 | unlikely",
        "a deal is very unlikely | 0.125 | very unlikely",
        "a deal will probably follow | 0.675 | probably",
        "a deal will probably not follow | 0.3 | probably not",
        "Kyiv will almost certainly reject it | 0.97 | almost certainly",
        "talks could resume | 0.4 | could",
        "talks may resume | 0.4 | may",
        "talks might resume | 0.4 | might",
        "he expects talks to resume | 0.675 | expects",
        "talks are not expected to resume | 0.325 | not expected",
        "he doesn't expect talks to resume | 0.325 | doesnt expect",
        "there is almost no chance of a truce | 0.03 | almost no chance",
        "I don't think sanctions are going to force them | 0.1 | don't think",
        "did not believe new sanctions would push Russia | 0.1 | did not believe",
        "he never thought the talks would fail | 0.1 | never thought",
        "he doubted that new sanctions would force a ceasefire | 0.2 | doubted",
      })
  void read_mapsHedgeToProbability(String statement, double p, String phrase) {
    HedgeReading reading = scale.read(statement);
    assertThat(reading.probability()).isCloseTo(p, within(1e-12));
    assertThat(reading.phrase()).isEqualTo(phrase.replace("'", ""));
  }

  @Test
  void read_negation_isOneMinusThePhrase() {
    for (String phrase : scale.phrases()) {
      HedgeReading negated = scale.read("it is not " + phrase + " x");
      if (negated.negated()) {
        assertThat(negated.probability())
            .as(phrase)
            .isCloseTo(1 - scale.probability(phrase), within(1e-9));
      }
    }
    assertThat(scale.read("a deal is not likely").negated()).isTrue();
  }

  @Test
  void read_noHedge_isTheUnhedgedRow() {
    HedgeReading reading = scale.read("Putin rules out a meeting");
    assertThat(reading.phrase()).isEmpty();
    assertThat(reading.hedges()).isEmpty();
    assertThat(reading.probability()).isEqualTo(scale.probability("(unhedged)"));
  }

  @Test
  void read_theMonthMay_isNoHedge() {
    assertThat(scale.read("a summit by May").phrase()).isEmpty();
    assertThat(scale.read("a summit on May 9").phrase()).isEmpty();
    assertThat(scale.read("a summit may follow").phrase()).isEqualTo("may");
  }

  @Test
  void table_everyRowNamesAKnownSourceAndOrdersTheIcdScale() {
    Set<String> sources = Set.of("icd-203", "kent-1964", "parley");
    table
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .forEach(l -> assertThat(sources).as(l).contains(l.split("\t")[3]));
    assertThat(scale.probability("almost no chance"))
        .isLessThan(scale.probability("very unlikely"))
        .isLessThan(scale.probability("unlikely"))
        .isLessThan(scale.probability("roughly even chance"))
        .isLessThan(scale.probability("likely"))
        .isLessThan(scale.probability("very likely"))
        .isLessThan(scale.probability("almost certainly"));
    assertThat(scale.probability("won't")).isCloseTo(1 - scale.probability("will"), within(1e-12));
  }

  @Test
  void parse_badTable_namesTheLine() {
    assertThatThrownBy(
            () -> HedgeScale.parse("(unhedged)\t0.9\tmodal\tparley\nwill\t1.5\tmodal\tx"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> HedgeScale.parse("will\t0.9\tmodal\tparley"))
        .hasMessageContaining("(unhedged)");
    assertThatThrownBy(() -> HedgeScale.parse("(unhedged)\t0.9\tmodal\tparley\nwill\t0.9\tverb\tx"))
        .hasMessageContaining("modal or qualifier");
    assertThatThrownBy(
            () ->
                HedgeScale.parse(
                    "(unhedged)\t0.9\tmodal\tp\nwill\t0.9\tmodal\tp\nWill\t0.8\tmodal\tp"))
        .hasMessageContaining("line 3");
  }
}
