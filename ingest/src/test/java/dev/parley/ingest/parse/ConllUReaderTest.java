package dev.parley.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllUReaderTest {
  private static String line(String... fields) {
    return String.join("\t", fields) + "\n";
  }

  private static List<TreebankSentence> read(String text) throws ConllUException {
    return ConllUReader.read("t.conllu", new StringReader(text));
  }

  private static ConllUException error(String text) {
    try {
      read(text);
    } catch (ConllUException e) {
      return e;
    }
    throw new AssertionError("expected a ConllUException for:\n" + text);
  }

  private static final String TWO_SENTENCES =
      "# sent_id = a-1\n"
          + line("1", "Talks", "talk", "NOUN", "NNS", "_", "2", "nsubj", "_", "_")
          + line("2", "stalled", "stall", "VERB", "VBD", "_", "0", "root", "_", "_")
          + line("3", ".", ".", "PUNCT", ".", "_", "2", "punct", "_", "_")
          + "\n"
          + line("1", "Envoys", "envoy", "NOUN", "NNS", "_", "4", "nsubj", "_", "_")
          + line("2-3", "didn't", "_", "_", "_", "_", "_", "_", "_", "_")
          + line("2", "did", "do", "AUX", "VBD", "_", "4", "aux", "_", "_")
          + line("3", "n't", "not", "PART", "RB", "_", "4", "advmod", "_", "_")
          + line("3.1", "met", "meet", "VERB", "VBD", "_", "_", "_", "4:conj", "_")
          + line("4", "meet", "meet", "VERB", "VB", "_", "0", "root", "_", "_")
          + line("5", "again", "again", "ADV", "RB", "_", "4", "advmod:tmod", "_", "_")
          + "\n";

  @Test
  void read_wellFormedText_givesWordsTagsHeadsAndRelations() throws ConllUException {
    List<TreebankSentence> sentences = read(TWO_SENTENCES);

    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).id()).isEqualTo("a-1");
    assertThat(sentences.get(0).forms()).containsExactly("Talks", "stalled", ".");
    assertThat(sentences.get(1).id()).isEqualTo("t.conllu:6");
    assertThat(sentences.get(1).forms()).containsExactly("Envoys", "did", "n't", "meet", "again");
    assertThat(sentences.get(1).tags())
        .containsExactly(Upos.NOUN, Upos.AUX, Upos.PART, Upos.VERB, Upos.ADV);
    assertThat(sentences.get(1).heads()).containsExactly(4, 4, 4, 0, 4);
    assertThat(sentences.get(1).relations())
        .containsExactly("nsubj", "aux", "advmod", "root", "advmod:tmod");
  }

  @Test
  void read_lastSentenceWithoutTrailingBlankLine_isKept() throws ConllUException {
    String text = TWO_SENTENCES.substring(0, TWO_SENTENCES.length() - 1);
    assertThat(read(text)).hasSize(2);
  }

  @Test
  void read_nineFields_isAnErrorAtTheEndOfTheLine() {
    String bad = "1\tTalks\ttalk\tNOUN\tNNS\t_\t0\troot\t_";
    ConllUException e = error("# sent_id = x\n" + bad + "\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(bad.length() + 1);
    assertThat(ConllUException.CODE).isEqualTo("conllu-syntax");
    assertThat(e.format())
        .startsWith("t.conllu:2:" + (bad.length() + 1) + ": error: [conllu-syntax] expected 10")
        .contains("but found 9")
        .contains("\n    hint: ")
        .endsWith("see docs/errors/conllu-syntax.md");
  }

  @Test
  void read_unknownPartOfSpeech_pointsAtTheTagField() {
    ConllUException e = error(line("1", "Talks", "talk", "NN", "NNS", "_", "0", "root", "_", "_"));

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo("1\tTalks\ttalk\t".length() + 1);
    assertThat(e.problem()).contains("but found NN");
  }

  @Test
  void read_headThatIsNotANumber_pointsAtTheHeadField() {
    ConllUException e =
        error(line("1", "Talks", "talk", "NOUN", "NNS", "_", "x", "root", "_", "_"));

    assertThat(e.column()).isEqualTo("1\tTalks\ttalk\tNOUN\tNNS\t_\t".length() + 1);
    assertThat(e.problem()).isEqualTo("expected a head word number, but found x");
  }

  @Test
  void read_headOutsideTheSentence_isAnErrorAtThatWord() {
    ConllUException e =
        error(
            line("1", "Talks", "talk", "NOUN", "NNS", "_", "2", "nsubj", "_", "_")
                + line("2", "stalled", "stall", "VERB", "VBD", "_", "7", "root", "_", "_"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("expected a head between 0 and 2, but found 7");
  }

  @Test
  void read_wordNumberOutOfSequence_isAnError() {
    ConllUException e =
        error(
            line("1", "Talks", "talk", "NOUN", "NNS", "_", "0", "root", "_", "_")
                + line("3", "stalled", "stall", "VERB", "VBD", "_", "1", "acl", "_", "_"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("expected word number 2, but found 3");
  }

  @Test
  void read_twoRootsOrNone_isAnError() {
    assertThat(
            error(
                    line("1", "Talks", "talk", "NOUN", "NNS", "_", "0", "root", "_", "_")
                        + line("2", "stalled", "stall", "VERB", "VBD", "_", "0", "root", "_", "_"))
                .problem())
        .contains("exactly one word with head 0");
    assertThat(
            error(
                    "# sent_id = c\n"
                        + line("1", "Talks", "talk", "NOUN", "NNS", "_", "2", "nsubj", "_", "_")
                        + line("2", "stalled", "stall", "VERB", "VBD", "_", "1", "acl", "_", "_"))
                .line())
        .isEqualTo(1);
  }

  @Test
  void read_cycleOfHeads_isAnError() {
    ConllUException e =
        error(
            line("1", "Talks", "talk", "NOUN", "NNS", "_", "2", "nsubj", "_", "_")
                + line("2", "stalled", "stall", "VERB", "VBD", "_", "1", "acl", "_", "_")
                + line("3", "today", "today", "NOUN", "NN", "_", "0", "root", "_", "_"));

    assertThat(e.problem()).contains("cycle");
  }

  @Test
  void read_emptyFieldOrBadRelation_isAnError() {
    assertThat(error(line("1", "Talks", "", "NOUN", "NNS", "_", "0", "root", "_", "_")).column())
        .isEqualTo("1\tTalks\t".length() + 1);
    assertThat(
            error(line("1", "Talks", "talk", "NOUN", "NNS", "_", "0", "Root", "_", "_")).problem())
        .contains("but found Root");
  }

  @Test
  void read_commentInsideASentence_isAnError() {
    ConllUException e =
        error(
            line("1", "Talks", "talk", "NOUN", "NNS", "_", "0", "root", "_", "_")
                + "# late comment\n");

    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void treebankSentence_mismatchedLists_isAProgrammerError() {
    assertThatThrownBy(
            () ->
                new TreebankSentence(
                    "x", List.of("a", "b"), List.of(Upos.X), List.of(0, 1), List.of("root", "dep")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isProjective_crossingArcs_isFalse() {
    TreebankSentence crossing =
        new TreebankSentence(
            "x",
            List.of("a", "b", "c", "d"),
            List.of(Upos.X, Upos.X, Upos.X, Upos.X),
            List.of(3, 4, 0, 3),
            List.of("dep", "dep", "root", "dep"));
    TreebankSentence nested =
        new TreebankSentence(
            "y",
            List.of("a", "b", "c"),
            List.of(Upos.X, Upos.X, Upos.X),
            List.of(2, 0, 2),
            List.of("dep", "root", "dep"));

    assertThat(crossing.isProjective()).isFalse();
    assertThat(nested.isProjective()).isTrue();
  }
}
