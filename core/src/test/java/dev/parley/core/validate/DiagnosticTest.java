package dev.parley.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static final ModelPath ROOT = ModelPath.root();

  @Test
  void aLongIdInTheMessageOrHint_isCutWithItsLength() {
    String id = "x".repeat(5_000);
    Diagnostic d =
        Diagnostic.error(
            "unknown-issue",
            ROOT,
            "expected a known issue, but found '" + id + "'",
            "rename '" + id + "' to 'wage'");
    assertThat(d.message())
        .isEqualTo(
            "expected a known issue, but found '" + "x".repeat(59) + "\u2026 (5,002 characters)");
    assertThat(d.hint())
        .startsWith("rename '" + "x".repeat(59) + "\u2026 (5,002 characters) to 'wage'");
  }

  @Test
  void ordinaryText_isKeptAsItIs() {
    String message = "the red line of  'russia' on\tissue 'donetsk' forbids every option";
    assertThat(Diagnostic.cutLongWords(message)).isSameAs(message);
    String eighty = "y".repeat(Diagnostic.LONG_WORD);
    assertThat(Diagnostic.cutLongWords(" a " + eighty + " b ")).isEqualTo(" a " + eighty + " b ");
  }

  @Test
  void cutting_keepsWhiteSpaceAndNeverSplitsASurrogatePair() {
    SplittableRandom random = new SplittableRandom(20261207L);
    String[] pieces = {"a", "\uD83D\uDE00", " ", "\t", "'", "b"};
    for (int trial = 0; trial < 2_000; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(random.nextInt(10) == 0 ? piece.repeat(random.nextInt(60)) : piece);
      }
      String cut = Diagnostic.cutLongWords(text.toString());
      for (String word : cut.split("\\s+")) {
        assertThat(word.length()).isLessThanOrEqualTo(Diagnostic.LONG_WORD);
      }
      String unmarked = cut.replaceAll("\u2026 \\([\\d,]+ characters\\)", "\u2026");
      assertThat(unmarked.codePoints().filter(Character::isWhitespace).count())
          .isEqualTo(text.codePoints().filter(Character::isWhitespace).count());
      for (int i = 0; i < cut.length(); i++) {
        if (Character.isHighSurrogate(cut.charAt(i))) {
          assertThat(i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1))).isTrue();
        }
        if (Character.isLowSurrogate(cut.charAt(i))) {
          assertThat(i > 0 && Character.isHighSurrogate(cut.charAt(i - 1))).isTrue();
        }
      }
    }
  }
}
