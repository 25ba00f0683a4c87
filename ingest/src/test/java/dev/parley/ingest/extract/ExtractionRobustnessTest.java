package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.ExtractedItem;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Extraction on seeded random text: it never fails, and every item points inside the text. */
class ExtractionRobustnessTest {
  private static final String[] WORDS = {
    "Putin",
    "Trump",
    "Zelensky",
    "Kremlin",
    "Kyiv",
    "the",
    "West",
    "Russian",
    "said",
    "rejected",
    "demands",
    "talks",
    "with",
    "and",
    "\u201c",
    "\u201d",
    "\"",
    "\u2018",
    "\u2019",
    "'s",
    ",",
    ".",
    "?",
    ";",
    ":",
    "-",
    "\u2014",
    "(",
    ")",
    "will",
    "not",
    "NATO",
    "ceasefire",
    "$",
    "300",
    "billion",
    "1,000",
    "within",
    "two",
    "weeks",
    "he",
    "it",
    "they",
    "who",
    "which",
    "by",
    "Mr",
    "President",
    "the President",
    "Ivan",
    "Petrenko",
    ", a",
    "analyst",
    "Institute",
    "of",
    "must",
    "urged",
    "predicts",
    "could",
    "\n",
    "# ",
    "its allies",
    "leaders of"
  };

  @Test
  void extraction_neverFails_andKeepsItsSpansInsideTheText_onSeededRandomText() {
    long seed = 20251126L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(0, 80);
      for (int i = 0; i < words; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        b.append(w);
        if (!w.endsWith("\n") && !w.equals("# ")) {
          b.append(random.nextInt(4) == 0 ? "" : " ");
        }
      }
      String text = b.toString().replace("\n\n", "\n");
      if (text.isEmpty() || text.startsWith("\n")) {
        text = "x" + text;
      }
      DocumentEvidence e = ExtractionFixture.extract(text);
      String shown = e.document().text();
      for (ExtractedItem item : e.items()) {
        assertThat(item.provenance().span().end())
            .as("reproduce with seed %d, round %d: %s", seed, round, shown)
            .isLessThanOrEqualTo(shown.length());
        assertThat(
                item.provenance().span().isWithin(item.provenance().sentence())
                    || item.provenance().sentence().length() == 0)
            .as("reproduce with seed %d, round %d: %s -> %s", seed, round, shown, item)
            .isTrue();
      }
    }
  }
}
