package dev.parley.ingest.parse;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A greedy arc-eager dependency parser [1] with two averaged perceptrons: one chooses the
 * transition, the other the relation of each arc the transition makes.
 *
 * <p>The features are those of Zhang and Nivre [2] that a greedy parser can afford: the words and
 * tags of the stack's top two and the buffer's first three words, the head and the outermost
 * children of the top and of the buffer's first word with their relations, the distance between
 * them, their valencies and the sets of relations of their children, singly and in pairs and
 * triples. Training follows the static oracle on projective trees only; non-projective trees of the
 * training set are skipped (docs/parser.md counts them). Parsing keeps one root: the root takes a
 * single dependent, and words left without a head at the end attach to it.
 *
 * <p>[1] Nivre, "Algorithms for deterministic incremental dependency parsing", Computational
 * Linguistics 34(4), 2008. [2] Zhang and Nivre, "Transition-based dependency parsing with rich
 * non-local features", ACL 2011. [3] Goldberg and Nivre, "A dynamic oracle for arc-eager dependency
 * parsing", COLING 2012.
 */
final class ArcEagerParser {
  static final int SHIFT = 0;
  static final int REDUCE = 1;
  static final int LEFT = 2;
  static final int RIGHT = 3;
  static final int TRANSITIONS = 4;
  static final int TRANSITION_FEATURES = 72;
  static final int LABEL_FEATURES = 32;

  private static final int ROOT_TAG = Tagger.TAGS;
  private static final int NONE_TAG = Tagger.TAGS + 1;
  private static final int AFTER_TAG = Tagger.TAGS + 2;
  private static final long ROOT_WORD = Hashing.string("\u0001<root>");
  private static final long NONE_WORD = Hashing.string("\u0001<none>");
  private static final int NONE = -1;

  private final LinearModel transitions;
  private final LinearModel labels;
  private final String[] relations;
  private final int rootRelation;
  private final int fallbackRelation;
  private final int punctRelation;

  ArcEagerParser(LinearModel transitions, LinearModel labels, String[] relations) {
    if (transitions.classCount != TRANSITIONS || labels.classCount != relations.length) {
      throw new IllegalArgumentException(
          "expected 4 transitions and one label class per relation, but found "
              + transitions.classCount
              + " and "
              + labels.classCount
              + " for "
              + relations.length
              + " relations");
    }
    this.transitions = transitions;
    this.labels = labels;
    this.relations = relations.clone();
    this.rootRelation = indexOf(relations, "root");
    this.fallbackRelation = indexOf(relations, "dep");
    this.punctRelation = indexOf(relations, "punct");
  }

  private static int indexOf(String[] relations, String name) {
    int i = Arrays.asList(relations).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          "expected the relation " + name + " among " + Arrays.toString(relations));
    }
    return i;
  }

  LinearModel transitions() {
    return transitions;
  }

  LinearModel labels() {
    return labels;
  }

  String[] relations() {
    return relations.clone();
  }

  String relation(int index) {
    return relations[index];
  }

  /**
   * Parses one sentence. Fills {@code heads} (0 for the root, else a 1-based word number) and
   * {@code relationIds} for words 1..n (index 0 unused).
   */
  void parse(String[] forms, int[] tags, int[] heads, int[] relationIds) {
    State state = new State(new WordHashes(forms), tags);
    int[] rows = new int[Math.max(TRANSITION_FEATURES, LABEL_FEATURES)];
    float[] scores = new float[TRANSITIONS];
    float[] labelScores = new float[relations.length];
    while (state.b <= state.n) {
      int count = state.transitionFeatures(transitions.bits, rows);
      Arrays.fill(scores, 0f);
      transitions.score(rows, count, scores);
      int move = state.bestValid(scores);
      int relation = NONE;
      if (move == LEFT || move == RIGHT) {
        relation = predictLabel(state, move, rows, labelScores);
      }
      state.apply(move, relation);
    }
    state.finish(rootRelation, fallbackRelation, punctRelation);
    System.arraycopy(state.head, 0, heads, 0, state.n + 1);
    System.arraycopy(state.label, 0, relationIds, 0, state.n + 1);
  }

  private int predictLabel(State state, int move, int[] rows, float[] labelScores) {
    int head = move == LEFT ? state.b : state.s0();
    int dependent = move == LEFT ? state.s0() : state.b;
    int count = state.labelFeatures(head, dependent, labels.bits, rows);
    Arrays.fill(labelScores, 0f);
    labels.score(rows, count, labelScores);
    if (head == 0) {
      return rootRelation;
    }
    labelScores[rootRelation] = Float.NEGATIVE_INFINITY;
    return PerceptronLearner.argmax(labelScores, relations.length);
  }

  /** The configuration of the parser on one sentence: stack, buffer position and partial tree. */
  static final class State {
    final int n;
    final WordHashes words;
    final int[] tags;
    final int[] stack;
    int top;
    int b = 1;
    final int[] head;
    final int[] label;
    final int[] leftmost;
    final int[] leftmost2;
    final int[] rightmost;
    final int[] rightmost2;
    final int[] leftCount;
    final int[] rightCount;
    final long[] leftLabels;
    final long[] rightLabels;

    State(WordHashes words, int[] tags) {
      this.n = words.size;
      this.words = words;
      this.tags = tags;
      this.stack = new int[n + 2];
      this.top = 0;
      this.head = new int[n + 1];
      this.label = new int[n + 1];
      this.leftmost = new int[n + 1];
      this.leftmost2 = new int[n + 1];
      this.rightmost = new int[n + 1];
      this.rightmost2 = new int[n + 1];
      this.leftCount = new int[n + 1];
      this.rightCount = new int[n + 1];
      this.leftLabels = new long[n + 1];
      this.rightLabels = new long[n + 1];
      Arrays.fill(head, NONE);
      Arrays.fill(label, NONE);
      Arrays.fill(leftmost, NONE);
      Arrays.fill(leftmost2, NONE);
      Arrays.fill(rightmost, NONE);
      Arrays.fill(rightmost2, NONE);
    }

    int s0() {
      return stack[top];
    }

    boolean isValid(int move) {
      int s0 = stack[top];
      return switch (move) {
        case SHIFT -> b <= n;
        case REDUCE -> top > 0 && head[s0] != NONE;
        case LEFT -> b <= n && s0 != 0 && head[s0] == NONE;
        case RIGHT -> b <= n && (s0 != 0 || rightCount[0] == 0);
        default -> false;
      };
    }

    int bestValid(float[] scores) {
      int best = NONE;
      for (int m = 0; m < TRANSITIONS; m++) {
        if (isValid(m) && (best == NONE || scores[m] > scores[best])) {
          best = m;
        }
      }
      return best;
    }

    void apply(int move, int relation) {
      switch (move) {
        case SHIFT -> stack[++top] = b++;
        case REDUCE -> top--;
        case LEFT -> {
          arc(b, stack[top], relation);
          top--;
        }
        case RIGHT -> {
          arc(stack[top], b, relation);
          stack[++top] = b++;
        }
        default -> throw new IllegalArgumentException("expected a transition, found " + move);
      }
    }

    private void arc(int h, int d, int relation) {
      head[d] = h;
      label[d] = relation;
      long bit = 1L << (relation & 63);
      if (d < h) {
        if (leftmost[h] == NONE || d < leftmost[h]) {
          leftmost2[h] = leftmost[h];
          leftmost[h] = d;
        } else if (leftmost2[h] == NONE || d < leftmost2[h]) {
          leftmost2[h] = d;
        }
        leftCount[h]++;
        leftLabels[h] |= bit;
      } else {
        if (rightmost[h] == NONE || d > rightmost[h]) {
          rightmost2[h] = rightmost[h];
          rightmost[h] = d;
        } else if (rightmost2[h] == NONE || d > rightmost2[h]) {
          rightmost2[h] = d;
        }
        rightCount[h]++;
        rightLabels[h] |= bit;
      }
    }

    void finish(int rootRelation, int fallbackRelation, int punctRelation) {
      int root = rightmost[0];
      for (int w = 1; w <= n; w++) {
        if (head[w] != NONE) {
          continue;
        }
        if (root == NONE) {
          root = w;
          head[w] = 0;
          label[w] = rootRelation;
        } else {
          head[w] = root;
          label[w] = Upos.of(tags[w]) == Upos.PUNCT ? punctRelation : fallbackRelation;
        }
      }
      head[0] = NONE;
    }

    private long word(int i) {
      return i == NONE
          ? NONE_WORD
          : i == 0 ? ROOT_WORD : i > n ? WordHashes.AFTER : words.normal[i - 1];
    }

    private int tag(int i) {
      return i == NONE ? NONE_TAG : i == 0 ? ROOT_TAG : i > n ? AFTER_TAG : tags[i];
    }

    private int lab(int i) {
      return i == NONE ? -2 : label[i];
    }

    private static int distance(int a, int b) {
      int d = b - a;
      return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
    }

    int transitionFeatures(int bits, int[] rows) {
      int s0 = stack[top];
      int s1 = top > 0 ? stack[top - 1] : NONE;
      int b0 = b;
      int b1 = b + 1 <= n ? b + 1 : NONE;
      int b2 = b + 2 <= n ? b + 2 : NONE;
      int s0h = head[s0];
      int s0l = leftmost[s0];
      int s0r = rightmost[s0];
      int s0l2 = leftmost2[s0];
      int s0r2 = rightmost2[s0];
      int b0l = leftmost[b0];
      int b0l2 = leftmost2[b0];
      long s0w = word(s0);
      long b0w = word(b0);
      long b1w = word(b1);
      int s0p = tag(s0);
      int b0p = tag(b0);
      int b1p = tag(b1);
      int b2p = tag(b2);
      int dist = s0 == 0 ? 8 : distance(s0, b0);
      int k = 0;
      rows[k++] = row(bits, 1, s0w);
      rows[k++] = row(bits, 2, s0p);
      rows[k++] = row(bits, 3, s0w, s0p);
      rows[k++] = row(bits, 4, b0w);
      rows[k++] = row(bits, 5, b0p);
      rows[k++] = row(bits, 6, b0w, b0p);
      rows[k++] = row(bits, 7, b1w);
      rows[k++] = row(bits, 8, b1p);
      rows[k++] = row(bits, 9, b1w, b1p);
      rows[k++] = row(bits, 10, word(b2));
      rows[k++] = row(bits, 11, b2p);
      rows[k++] = row(bits, 12, word(b2), b2p);
      rows[k++] = row(bits, 13, s0w * 31 + s0p, b0w * 31 + b0p);
      rows[k++] = row(bits, 14, s0w * 31 + s0p, b0w);
      rows[k++] = row(bits, 15, s0w, b0w * 31 + b0p);
      rows[k++] = row(bits, 16, s0w * 31 + s0p, b0p);
      rows[k++] = row(bits, 17, s0p, b0w * 31 + b0p);
      rows[k++] = row(bits, 18, s0w, b0w);
      rows[k++] = row(bits, 19, s0p, b0p);
      rows[k++] = row(bits, 20, b0p, b1p);
      rows[k++] = row(bits, 21, b0p, b1p, b2p);
      rows[k++] = row(bits, 22, s0p, b0p, b1p);
      rows[k++] = row(bits, 23, tag(s0h), s0p, b0p);
      rows[k++] = row(bits, 24, s0p, tag(s0l), b0p);
      rows[k++] = row(bits, 25, s0p, tag(s0r), b0p);
      rows[k++] = row(bits, 26, s0p, b0p, tag(b0l));
      rows[k++] = row(bits, 27, s0w, dist);
      rows[k++] = row(bits, 28, s0p, dist);
      rows[k++] = row(bits, 29, b0w, dist);
      rows[k++] = row(bits, 30, b0p, dist);
      rows[k++] = row(bits, 31, s0w, b0w, dist);
      rows[k++] = row(bits, 32, s0p, b0p, dist);
      rows[k++] = row(bits, 33, s0w, rightCount[s0]);
      rows[k++] = row(bits, 34, s0p, rightCount[s0]);
      rows[k++] = row(bits, 35, s0w, leftCount[s0]);
      rows[k++] = row(bits, 36, s0p, leftCount[s0]);
      rows[k++] = row(bits, 37, b0w, leftCount[b0]);
      rows[k++] = row(bits, 38, b0p, leftCount[b0]);
      rows[k++] = row(bits, 39, word(s0h));
      rows[k++] = row(bits, 40, tag(s0h));
      rows[k++] = row(bits, 41, lab(s0));
      rows[k++] = row(bits, 42, word(s0l));
      rows[k++] = row(bits, 43, tag(s0l));
      rows[k++] = row(bits, 44, lab(s0l));
      rows[k++] = row(bits, 45, word(s0r));
      rows[k++] = row(bits, 46, tag(s0r));
      rows[k++] = row(bits, 47, lab(s0r));
      rows[k++] = row(bits, 48, word(b0l));
      rows[k++] = row(bits, 49, tag(b0l));
      rows[k++] = row(bits, 50, lab(b0l));
      rows[k++] = row(bits, 51, tag(s0l2), lab(s0l2));
      rows[k++] = row(bits, 52, tag(s0r2), lab(s0r2));
      rows[k++] = row(bits, 53, tag(b0l2), lab(b0l2));
      rows[k++] = row(bits, 54, s0p, tag(s0l), tag(s0l2));
      rows[k++] = row(bits, 55, s0p, tag(s0r), tag(s0r2));
      rows[k++] = row(bits, 56, b0p, tag(b0l), tag(b0l2));
      rows[k++] = row(bits, 57, s0p, tag(s0h), s0h == NONE ? NONE_TAG : tag(head[s0h]));
      rows[k++] = row(bits, 58, s0w, rightLabels[s0]);
      rows[k++] = row(bits, 59, s0p, rightLabels[s0]);
      rows[k++] = row(bits, 60, s0w, leftLabels[s0]);
      rows[k++] = row(bits, 61, s0p, leftLabels[s0]);
      rows[k++] = row(bits, 62, b0w, leftLabels[b0]);
      rows[k++] = row(bits, 63, b0p, leftLabels[b0]);
      rows[k++] = row(bits, 64, word(s1));
      rows[k++] = row(bits, 65, tag(s1));
      rows[k++] = row(bits, 66, tag(s1), s0p, b0p);
      rows[k++] = row(bits, 67, s0h == NONE ? 0 : 1, s0p, b0p);
      rows[k++] = row(bits, 68, words.suffix3At(b0 - 1), b0p);
      rows[k++] = row(bits, 69, s0 == 0 ? 0 : words.suffix3At(s0 - 1), s0p);
      rows[k++] = row(bits, 70, rightCount[0], b0p);
      rows[k++] = row(bits, 71, s0p, b0p, tag(b0 - 1));
      rows[k++] = row(bits, 72, tag(s0 + 1), s0p, b0p);
      return k;
    }

    int labelFeatures(int h, int d, int bits, int[] rows) {
      int dir = d < h ? 0 : 1000;
      long hw = word(h);
      long dw = word(d);
      int hp = tag(h);
      int dp = tag(d);
      int dist = h == 0 ? 8 : distance(Math.min(h, d), Math.max(h, d));
      int k = 0;
      rows[k++] = row(bits, dir + 1, hw);
      rows[k++] = row(bits, dir + 2, hp);
      rows[k++] = row(bits, dir + 3, dw);
      rows[k++] = row(bits, dir + 4, dp);
      rows[k++] = row(bits, dir + 5, hw, hp);
      rows[k++] = row(bits, dir + 6, dw, dp);
      rows[k++] = row(bits, dir + 7, hp, dp);
      rows[k++] = row(bits, dir + 8, hw, dp);
      rows[k++] = row(bits, dir + 9, hp, dw);
      rows[k++] = row(bits, dir + 10, hw, dw);
      rows[k++] = row(bits, dir + 11, hp, dp, dist);
      rows[k++] = row(bits, dir + 12, dp, lab(leftmost[d]));
      rows[k++] = row(bits, dir + 13, dp, lab(rightmost[d]));
      rows[k++] = row(bits, dir + 14, dp, leftLabels[d], rightLabels[d]);
      rows[k++] = row(bits, dir + 15, hp, leftLabels[h], rightLabels[h]);
      rows[k++] = row(bits, dir + 16, hp, dp, tag(d - 1));
      rows[k++] = row(bits, dir + 17, hp, dp, tag(d + 1));
      rows[k++] = row(bits, dir + 18, hp, dp, tag(h - 1));
      rows[k++] = row(bits, dir + 19, hp, dp, tag(h + 1));
      rows[k++] = row(bits, dir + 20, d > 0 ? words.suffix3[d - 1] : 0, dp);
      rows[k++] = row(bits, dir + 21, hp, dp, lab(h));
      rows[k++] = row(bits, dir + 22, hp, dp, tag(leftmost[d]));
      rows[k++] = row(bits, dir + 23, hp, dp, tag(rightmost[d]));
      rows[k++] = row(bits, dir + 24, dw, tag(leftmost[d]));
      rows[k++] = row(bits, dir + 25, hw, dw, dp);
      rows[k++] = row(bits, dir + 26, dp, h == 0 ? 0 : 1);
      rows[k++] = row(bits, dir + 27, hp, dp, leftCount[h] + 8 * Math.min(rightCount[h], 7));
      rows[k++] = row(bits, dir + 28, dp, word(leftmost[d]));
      rows[k++] = row(bits, dir + 29, hw, dp, lab(rightmost[h]));
      rows[k++] = row(bits, dir + 30, dp, tag(b + 1), hp);
      rows[k++] = row(bits, dir + 31, words.shapeAt(d - 1), dp);
      rows[k++] = row(bits, dir + 32, hp, dp, d == n ? 1 : 0);
      return k;
    }

    private static int row(int bits, int template, long a) {
      return Hashing.row(Hashing.feature(template, a), bits);
    }

    private static int row(int bits, int template, long a, long b) {
      return Hashing.row(Hashing.feature(template, a, b), bits);
    }

    private static int row(int bits, int template, long a, long b, long c) {
      return Hashing.row(Hashing.feature(template, a, b, c), bits);
    }
  }

  /** The settings of parser training. */
  record Settings(
      int iterations, long seed, int transitionBits, int labelBits, int explorationFrom) {}

  /**
   * Trains a parser with the dynamic oracle on the projective sentences: from pass {@code
   * explorationFrom} (0-based) on, it follows its own prediction nine times in ten and learns the
   * cheapest transitions from wherever that leads (Goldberg and Nivre 2012); before, it follows the
   * oracle. It trains with the given tags (for a parser that will see a tagger's tags, train on
   * jackknifed tags).
   *
   * @param tags per sentence, the tag of each word (0-based), as {@link Upos} ordinals
   */
  static ArcEagerParser train(List<TreebankSentence> sentences, int[][] tags, Settings settings) {
    String[] relations =
        Stream.concat(
                Stream.of("dep", "punct", "root"),
                sentences.stream().flatMap(s -> s.relations().stream()))
            .distinct()
            .sorted()
            .toArray(String[]::new);
    PerceptronLearner moves = new PerceptronLearner(settings.transitionBits(), TRANSITIONS);
    PerceptronLearner arcs = new PerceptronLearner(settings.labelBits(), relations.length);
    int[] order =
        java.util.stream.IntStream.range(0, sentences.size())
            .filter(s -> sentences.get(s).isProjective())
            .toArray();
    SplittableRandom random = new SplittableRandom(settings.seed());
    int[] rows = new int[Math.max(TRANSITION_FEATURES, LABEL_FEATURES)];
    float[] scores = new float[TRANSITIONS];
    float[] labelScores = new float[relations.length];
    int[] costs = new int[TRANSITIONS];
    WordHashes[] hashed = new WordHashes[sentences.size()];
    int[][] paddedTags = new int[sentences.size()][];
    int[][] goldHeads = new int[sentences.size()][];
    int[][] goldLabels = new int[sentences.size()][];
    for (int s : order) {
      TreebankSentence sentence = sentences.get(s);
      hashed[s] = new WordHashes(sentence.forms().toArray(String[]::new));
      int n = sentence.size();
      paddedTags[s] = new int[n + 1];
      goldHeads[s] = new int[n + 1];
      goldLabels[s] = new int[n + 1];
      for (int i = 1; i <= n; i++) {
        paddedTags[s][i] = tags[s][i - 1];
        goldHeads[s][i] = sentence.heads().get(i - 1);
        goldLabels[s][i] = Arrays.binarySearch(relations, sentence.relations().get(i - 1));
      }
    }
    for (int it = 0; it < settings.iterations(); it++) {
      Tagger.shuffle(order, random);
      for (int s : order) {
        State state = new State(hashed[s], paddedTags[s]);
        int[] gold = goldHeads[s];
        while (state.b <= state.n) {
          int count = state.transitionFeatures(moves.bits, rows);
          Arrays.fill(scores, 0f);
          moves.score(rows, count, scores);
          int guess = state.bestValid(scores);
          int truth = NONE;
          int least = Integer.MAX_VALUE;
          for (int m = 0; m < TRANSITIONS; m++) {
            if (state.isValid(m)) {
              costs[m] = cost(state, m, gold);
              least = Math.min(least, costs[m]);
            }
          }
          for (int m = 0; m < TRANSITIONS; m++) {
            if (state.isValid(m)
                && costs[m] == least
                && (truth == NONE || scores[m] > scores[truth])) {
              truth = m;
            }
          }
          if (costs[guess] != least) {
            moves.update(rows, count, truth, guess);
          }
          moves.tick();
          boolean explore = it >= settings.explorationFrom() && random.nextDouble() < 0.9;
          int move = explore ? guess : truth;
          int relation = NONE;
          if (move == LEFT || move == RIGHT) {
            int h = move == LEFT ? state.b : state.s0();
            int d = move == LEFT ? state.s0() : state.b;
            int labelCount = state.labelFeatures(h, d, arcs.bits, rows);
            Arrays.fill(labelScores, 0f);
            arcs.score(rows, labelCount, labelScores);
            int predicted = PerceptronLearner.argmax(labelScores, relations.length);
            if (gold[d] == h) {
              relation = goldLabels[s][d];
              arcs.update(rows, labelCount, relation, predicted);
              arcs.tick();
            } else {
              relation = predicted;
            }
          }
          state.apply(move, relation);
        }
      }
    }
    return new ArcEagerParser(moves.average(), arcs.average(), relations);
  }

  /**
   * The number of gold arcs that a transition makes unreachable: the arc-eager dynamic oracle's
   * cost (Goldberg and Nivre, "A dynamic oracle for arc-eager dependency parsing", COLING 2012).
   */
  static int cost(State state, int move, int[] gold) {
    int s0 = state.s0();
    int b = state.b;
    int n = state.n;
    int lost = 0;
    switch (move) {
      case LEFT -> {
        for (int k = b + 1; k <= n; k++) {
          if (gold[s0] == k || gold[k] == s0) {
            lost++;
          }
        }
      }
      case RIGHT -> {
        for (int j = 0; j <= state.top; j++) {
          int k = state.stack[j];
          if ((k != s0 && gold[b] == k) || (k != 0 && state.head[k] == NONE && gold[k] == b)) {
            lost++;
          }
        }
        for (int k = b + 1; k <= n; k++) {
          if (gold[b] == k) {
            lost++;
          }
        }
      }
      case REDUCE -> {
        for (int k = b; k <= n; k++) {
          if (gold[k] == s0) {
            lost++;
          }
        }
      }
      case SHIFT -> {
        for (int j = 0; j <= state.top; j++) {
          int k = state.stack[j];
          if (gold[b] == k || (k != 0 && state.head[k] == NONE && gold[k] == b)) {
            lost++;
          }
        }
      }
      default -> throw new IllegalArgumentException("expected a transition, found " + move);
    }
    return lost;
  }
}
