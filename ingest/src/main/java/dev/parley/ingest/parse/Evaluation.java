package dev.parley.ingest.parse;

import java.util.List;

/**
 * Attachment and tagging scores of predicted trees against a treebank's gold trees.
 *
 * <p>UPOS is the share of words with the gold part of speech; UAS the share with the gold head; LAS
 * the share with the gold head and the gold relation's universal part (the CoNLL 2018 shared task's
 * LAS, which ignores subtypes); LAS with subtypes compares the full relation. Each is given over
 * all words and over the words whose gold tag is not PUNCT.
 *
 * @param words the number of words scored
 * @param wordsNoPunct the number of words whose gold tag is not PUNCT
 */
record Evaluation(
    int sentences,
    int words,
    int tagsRight,
    int headsRight,
    int labelledRight,
    int fullLabelledRight,
    int wordsNoPunct,
    int headsRightNoPunct,
    int labelledRightNoPunct) {

  /** Scores the predicted trees, one per gold sentence in the same order. */
  static Evaluation of(List<TreebankSentence> gold, List<DependencyTree> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "expected one tree per sentence (" + gold.size() + "), but found " + predicted.size());
    }
    int words = 0;
    int tags = 0;
    int heads = 0;
    int labelled = 0;
    int full = 0;
    int np = 0;
    int headsNp = 0;
    int labelledNp = 0;
    for (int s = 0; s < gold.size(); s++) {
      TreebankSentence g = gold.get(s);
      DependencyTree p = predicted.get(s);
      for (int i = 0; i < g.size(); i++) {
        words++;
        boolean punct = g.tags().get(i) == Upos.PUNCT;
        if (p.tag(i) == g.tags().get(i)) {
          tags++;
        }
        boolean head = p.head(i) + 1 == g.heads().get(i);
        String goldRelation = g.relations().get(i);
        int colon = goldRelation.indexOf(':');
        String goldBase = colon < 0 ? goldRelation : goldRelation.substring(0, colon);
        boolean label = head && p.baseRelation(i).equals(goldBase);
        if (head) {
          heads++;
        }
        if (label) {
          labelled++;
        }
        if (head && p.relation(i).equals(goldRelation)) {
          full++;
        }
        if (!punct) {
          np++;
          if (head) {
            headsNp++;
          }
          if (label) {
            labelledNp++;
          }
        }
      }
    }
    return new Evaluation(gold.size(), words, tags, heads, labelled, full, np, headsNp, labelledNp);
  }

  double upos() {
    return percent(tagsRight, words);
  }

  double uas() {
    return percent(headsRight, words);
  }

  double las() {
    return percent(labelledRight, words);
  }

  double lasWithSubtypes() {
    return percent(fullLabelledRight, words);
  }

  double uasNoPunct() {
    return percent(headsRightNoPunct, wordsNoPunct);
  }

  double lasNoPunct() {
    return percent(labelledRightNoPunct, wordsNoPunct);
  }

  private static double percent(int right, int of) {
    return of == 0 ? 0.0 : 100.0 * right / of;
  }

  /** Returns the scores as one line of text, percentages to two decimals. */
  String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "sentences %d, words %d: UPOS %.2f; with punctuation UAS %.2f LAS %.2f (LAS with subtypes"
            + " %.2f); without punctuation (%d words) UAS %.2f LAS %.2f",
        sentences,
        words,
        upos(),
        uas(),
        las(),
        lasWithSubtypes(),
        wordsNoPunct,
        uasNoPunct(),
        lasNoPunct());
  }
}
