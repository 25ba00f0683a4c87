package dev.parley.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training on a slice of the dev set: the oracle, determinism and learning itself. */
class ParserTrainerTest {
  private static List<TreebankSentence> dev;

  @BeforeAll
  static void readDev() throws IOException, ConllUException {
    dev = ConllUReader.read(SharedData.resolve("data/ud-ewt/en_ewt-ud-dev.conllu"));
  }

  private static final ParserTrainer.Settings SMALL =
      new ParserTrainer.Settings(3, 3, 2, 7L, 14, 16, 14, 1);

  @Test
  void zeroCostTransitions_rebuildEveryProjectiveGoldTree() {
    int checked = 0;
    for (TreebankSentence sentence : dev) {
      if (!sentence.isProjective()) {
        continue;
      }
      int n = sentence.size();
      int[] gold = new int[n + 1];
      int[] tags = new int[n + 1];
      for (int i = 1; i <= n; i++) {
        gold[i] = sentence.heads().get(i - 1);
        tags[i] = sentence.tags().get(i - 1).index();
      }
      ArcEagerParser.State state =
          new ArcEagerParser.State(new WordHashes(sentence.forms().toArray(String[]::new)), tags);
      while (state.b <= state.n) {
        int move = -1;
        for (int m = 0; m < ArcEagerParser.TRANSITIONS && move < 0; m++) {
          if (state.isValid(m) && ArcEagerParser.cost(state, m, gold) == 0) {
            move = m;
          }
        }
        assertThat(move).as("a zero-cost transition in %s", sentence.id()).isNotNegative();
        state.apply(move, 0);
      }
      state.finish(0, 0, 0);
      assertThat(Arrays.copyOfRange(state.head, 1, n + 1))
          .as(sentence.id())
          .containsExactly(Arrays.copyOfRange(gold, 1, n + 1));
      checked++;
    }
    assertThat(checked).isGreaterThan(1900);
  }

  @Test
  void training_twiceOnTheSameSentences_writesTheSameBytes() throws IOException {
    List<TreebankSentence> slice = dev.subList(0, 300);

    assertThat(bytes(ParserTrainer.train(slice, SMALL, "test")))
        .isEqualTo(bytes(ParserTrainer.train(slice, SMALL, "test")));
  }

  @Test
  void training_learnsSomething_onSentencesItHasNotSeen() {
    Parser parser = ParserTrainer.train(dev.subList(0, 1200), SMALL, "test");
    List<TreebankSentence> unseen = dev.subList(1500, 2001);
    List<DependencyTree> trees = unseen.stream().map(s -> parser.parse(s.forms())).toList();
    Evaluation scores = Evaluation.of(unseen, trees);

    assertThat(scores.upos()).as(scores.summary()).isGreaterThan(75.0);
    assertThat(scores.uas()).as(scores.summary()).isGreaterThan(55.0);
  }

  @Test
  void tagDictionary_keepsTheTagsOfFrequentWordsOnly() {
    TagDictionary dictionary = TagDictionary.of(dev);
    int[] classes =
        dictionary.classes(new WordHashes(new String[] {"The", "the", "zqxvw", "Zqxvw"}));

    assertThat(classes[0]).isEqualTo(classes[1]);
    assertThat(classes[0] & (1 << Upos.DET.index())).isNotZero();
    assertThat(classes[0] & (1 << Upos.VERB.index())).isZero();
    assertThat(classes[2]).isZero();
    assertThat(classes[3]).isZero();
  }

  private static byte[] bytes(Parser parser) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parser.write(out);
    return out.toByteArray();
  }
}
