package dev.parley.ingest.parse;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A greedy left-to-right tagger of universal parts of speech with an averaged perceptron.
 *
 * <p>Each word is tagged from its own form, affixes and shape, its neighbours' forms two words
 * either side, the tags already given to the two words before it, in the manner of Collins [1] and
 * Honnibal's tagger [2], and the ambiguity classes ({@link TagDictionary}) of the word and its
 * neighbours, which let it see what the words ahead can be. The features are hashed into {@code
 * 2^bits} rows.
 *
 * <p>[1] Collins, "Discriminative training methods for hidden Markov models", EMNLP 2002. [2]
 * Honnibal, "A good part-of-speech tagger in about 200 lines of Python", 2013.
 */
final class Tagger {
  static final int TAGS = Upos.values().length;
  static final int FEATURES = 33;
  private static final int START = TAGS;

  private final LinearModel model;
  private final TagDictionary dictionary;

  Tagger(LinearModel model, TagDictionary dictionary) {
    if (model.classCount != TAGS) {
      throw new IllegalArgumentException(
          "expected a tagger model with " + TAGS + " classes, but found " + model.classCount);
    }
    this.model = model;
    this.dictionary = dictionary;
  }

  LinearModel model() {
    return model;
  }

  TagDictionary dictionary() {
    return dictionary;
  }

  /** Returns the tag numbers ({@link Upos} ordinals) of the words. */
  int[] tag(String[] forms) {
    WordHashes words = new WordHashes(forms);
    int[] classes = dictionary.classes(words);
    int[] tags = new int[forms.length];
    int[] rows = new int[FEATURES];
    float[] scores = new float[TAGS];
    for (int i = 0; i < forms.length; i++) {
      int count =
          features(
              words,
              classes,
              i,
              i > 0 ? tags[i - 1] : START,
              i > 1 ? tags[i - 2] : START,
              model.bits,
              rows);
      java.util.Arrays.fill(scores, 0f);
      model.score(rows, count, scores);
      tags[i] = PerceptronLearner.argmax(scores, TAGS);
    }
    return tags;
  }

  /** Fills {@code rows} with the feature rows of word {@code i} and returns their number. */
  static int features(
      WordHashes w, int[] classes, int i, int prev1, int prev2, int bits, int[] rows) {
    int k = 0;
    int n = w.size;
    int here = classes[i];
    int next = i + 1 < n ? classes[i + 1] : -1;
    int next2 = i + 2 < n ? classes[i + 2] : -1;
    int before = i > 0 ? classes[i - 1] : -1;
    rows[k++] = Hashing.row(Hashing.feature(27, here), bits);
    rows[k++] = Hashing.row(Hashing.feature(28, next), bits);
    rows[k++] = Hashing.row(Hashing.feature(29, next2), bits);
    rows[k++] = Hashing.row(Hashing.feature(30, prev1, here), bits);
    rows[k++] = Hashing.row(Hashing.feature(31, here, next), bits);
    rows[k++] = Hashing.row(Hashing.feature(32, w.normal[i], next), bits);
    rows[k++] = Hashing.row(Hashing.feature(33, before, here, next), bits);
    rows[k++] = Hashing.row(Hashing.feature(1, 0), bits);
    rows[k++] = Hashing.row(Hashing.feature(2, w.normal[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(3, w.exact[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(4, w.suffix2[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(5, w.suffix3[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(6, w.suffix4[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(7, w.prefix1[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(8, w.shape[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(9, w.shape[i], i == 0 ? 1 : 0), bits);
    rows[k++] = Hashing.row(Hashing.feature(10, prev1), bits);
    rows[k++] = Hashing.row(Hashing.feature(11, prev2), bits);
    rows[k++] = Hashing.row(Hashing.feature(12, prev1, prev2), bits);
    rows[k++] = Hashing.row(Hashing.feature(13, prev1, w.normal[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(14, w.normalAt(i - 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(15, w.suffix3At(i - 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(16, w.normalAt(i - 2)), bits);
    rows[k++] = Hashing.row(Hashing.feature(17, w.normalAt(i + 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(18, w.suffix3At(i + 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(19, w.normalAt(i + 2)), bits);
    rows[k++] = Hashing.row(Hashing.feature(20, w.normalAt(i - 1), w.normal[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(21, w.normal[i], w.normalAt(i + 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(22, w.shapeAt(i - 1), w.shape[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(23, w.shape[i], w.shapeAt(i + 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(24, prev1, w.suffix3[i]), bits);
    rows[k++] = Hashing.row(Hashing.feature(25, prev1, w.normalAt(i + 1)), bits);
    rows[k++] = Hashing.row(Hashing.feature(26, w.normalAt(i - 1), w.normalAt(i + 1)), bits);
    return k;
  }

  /**
   * Trains a tagger on gold tags: {@code iterations} passes over the sentences, shuffled before
   * each pass by a generator seeded with {@code seed}.
   */
  static Tagger train(List<TreebankSentence> sentences, int iterations, long seed, int bits) {
    PerceptronLearner learner = new PerceptronLearner(bits, TAGS);
    TagDictionary dictionary = TagDictionary.of(sentences);
    int[][] classes = new int[sentences.size()][];
    int[] order = new int[sentences.size()];
    for (int s = 0; s < order.length; s++) {
      order[s] = s;
    }
    SplittableRandom random = new SplittableRandom(seed);
    WordHashes[] hashed = new WordHashes[sentences.size()];
    int[] rows = new int[FEATURES];
    float[] scores = new float[TAGS];
    for (int it = 0; it < iterations; it++) {
      shuffle(order, random);
      for (int s : order) {
        TreebankSentence sentence = sentences.get(s);
        if (hashed[s] == null) {
          hashed[s] = new WordHashes(sentence.forms().toArray(String[]::new));
          classes[s] = dictionary.classes(hashed[s]);
        }
        WordHashes words = hashed[s];
        int prev1 = START;
        int prev2 = START;
        for (int i = 0; i < words.size; i++) {
          int count = features(words, classes[s], i, prev1, prev2, bits, rows);
          java.util.Arrays.fill(scores, 0f);
          learner.score(rows, count, scores);
          int guess = PerceptronLearner.argmax(scores, TAGS);
          int truth = sentence.tags().get(i).index();
          learner.update(rows, count, truth, guess);
          learner.tick();
          prev2 = prev1;
          prev1 = guess;
        }
      }
    }
    return new Tagger(learner.average(), dictionary);
  }

  /** Shuffles in place by Fisher–Yates with the given generator. */
  static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
