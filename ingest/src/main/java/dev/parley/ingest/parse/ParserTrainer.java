package dev.parley.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the tagger and the parser from a treebank, deterministically.
 *
 * <p>The parser learns from the tags it will see at run time, not gold ones: the training sentences
 * are split into {@code folds} by their position (sentence {@code s} is in fold {@code s mod
 * folds}), each fold is tagged by a tagger trained on the other folds (jackknifing), and the parser
 * trains on those tags. The shipped tagger is then trained on all sentences. Every shuffle draws
 * from a {@link java.util.SplittableRandom} seeded from {@link Settings#seed()}, and training is
 * single-threaded, so the same treebank and settings give the same model bytes.
 */
final class ParserTrainer {
  private ParserTrainer() {}

  /** The settings of a training run; {@link #DEFAULT} made the shipped model. */
  record Settings(
      int tagIterations,
      int parseIterations,
      int folds,
      long seed,
      int tagBits,
      int transitionBits,
      int labelBits,
      int explorationFrom) {
    static final Settings DEFAULT = new Settings(10, 15, 5, 20261207L, 19, 21, 18, 1);
  }

  /** Trains a tagger and a parser; {@code header} goes into the model file. */
  static Parser train(List<TreebankSentence> sentences, Settings settings, String header) {
    int[][] tags = new int[sentences.size()][];
    if (settings.folds() > 1) {
      for (int fold = 0; fold < settings.folds(); fold++) {
        List<TreebankSentence> rest = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
          if (s % settings.folds() != fold) {
            rest.add(sentences.get(s));
          }
        }
        Tagger partial =
            Tagger.train(
                rest, settings.tagIterations(), settings.seed() + fold, settings.tagBits());
        for (int s = fold; s < sentences.size(); s += settings.folds()) {
          tags[s] = partial.tag(sentences.get(s).forms().toArray(String[]::new));
        }
      }
    } else {
      for (int s = 0; s < sentences.size(); s++) {
        tags[s] = sentences.get(s).tags().stream().mapToInt(Upos::index).toArray();
      }
    }
    Tagger tagger =
        Tagger.train(sentences, settings.tagIterations(), settings.seed(), settings.tagBits());
    ArcEagerParser parser =
        ArcEagerParser.train(
            sentences,
            tags,
            new ArcEagerParser.Settings(
                settings.parseIterations(),
                settings.seed() ^ 0x5DEECE66DL,
                settings.transitionBits(),
                settings.labelBits(),
                settings.explorationFrom()));
    return new Parser(header, tagger, parser);
  }
}
