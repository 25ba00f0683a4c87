package dev.parley.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one printed shape of a diagnostic. */
class DiagnosticTextTest {
  @Test
  void format_isPlaceSeverityCodeMessage_thenHint_thenPage() {
    assertThat(
            DiagnosticText.format(
                "deals/harbour.yaml:3:7",
                Severity.ERROR,
                "salience-range",
                "expected a salience within [0, 1], but found 1.4",
                "rescale the saliences"))
        .isEqualTo(
            "deals/harbour.yaml:3:7: error: [salience-range] expected a salience within [0, 1],"
                + " but found 1.4\n"
                + "    hint: rescale the saliences\n"
                + "    see docs/errors/salience-range.md");
  }

  @Test
  void format_withoutHint_printsNoHintLine() {
    assertThat(DiagnosticText.format(".parley", Severity.WARNING, "some-code", "it moved", ""))
        .isEqualTo(".parley: warning: [some-code] it moved\n    see docs/errors/some-code.md");
  }
}
