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

  /**
   * With tight limits a sentence is read in pieces of a few tokens, so that a word's neighbours lie
   * in another piece; no stage may look past the start of the text for them. (A sentence cut into
   * one-token pieces once made the group-noun rule read token -1: "leaders of" + a name at the
   * start of a document.)
   */
  @Test
  void extraction_neverFails_whenTightLimitsCutSentencesIntoPieces() {
    long seed = 20261207L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 3_000; round++) {
      ExtractionLimits limits =
          new ExtractionLimits(random.nextInt(1, 6), random.nextInt(1, 4), random.nextInt(1, 50));
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(1, 30);
      for (int i = 0; i < words; i++) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
        b.append(random.nextBoolean() ? " " : "");
      }
      String text = b.toString().replace("\n\n", "\n").strip();
      if (text.isEmpty()) {
        continue;
      }
      DocumentEvidence e;
      try {
        e =
            ExtractionFixture.EXTRACTOR
                .withLimits(limits)
                .extract(ExtractionFixture.document(text));
      } catch (RuntimeException failure) {
        throw new AssertionError(
            "reproduce with seed " + seed + ", round " + round + ", " + limits + ": " + text,
            failure);
      }
      assertThat(e.events().size()).isLessThanOrEqualTo(limits.itemsPerKind());
    }
  }

  @Test
  void aGroupNounAtTheStart_readInOneTokenPieces_isNoError() {
    EvidenceExtractor oneTokenPieces =
        ExtractionFixture.EXTRACTOR.withLimits(new ExtractionLimits(1, 32, 100));
    DocumentEvidence e =
        oneTokenPieces.extract(ExtractionFixture.document("Leaders of Russia rejected the plan."));
    assertThat(e.diagnostics()).extracting(d -> d.code()).contains("extraction-limit");
  }
}
