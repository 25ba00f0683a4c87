package dev.parley.ingest.parse;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a treebank: its words with their gold tags, heads and relations.
 *
 * <p>Word {@code i} (0-based) has the head {@code heads.get(i)}, a 1-based word number with 0 for
 * the root, as in CoNLL-U. Multiword tokens and empty nodes are not kept.
 *
 * @param id the sentence's {@code sent_id}, or {@code file:line} when it has none
 * @param forms the words as written
 * @param tags the universal parts of speech
 * @param heads the heads: 0 for the root, else the 1-based number of the head word
 * @param relations the dependency relations with their subtypes, such as {@code nsubj:pass}
 */
public record TreebankSentence(
    String id, List<String> forms, List<Upos> tags, List<Integer> heads, List<String> relations) {
  /** Validates that every list has one entry per word and every head is a word or the root. */
  public TreebankSentence {
    Objects.requireNonNull(id, "id");
    forms = List.copyOf(forms);
    tags = List.copyOf(tags);
    heads = List.copyOf(heads);
    relations = List.copyOf(relations);
    int n = forms.size();
    if (tags.size() != n || heads.size() != n || relations.size() != n) {
      throw new IllegalArgumentException(
          "expected "
              + n
              + " tags, heads and relations, but found "
              + tags.size()
              + ", "
              + heads.size()
              + " and "
              + relations.size());
    }
    for (int head : heads) {
      if (head < 0 || head > n) {
        throw new IllegalArgumentException("expected heads in [0, " + n + "], but found " + head);
      }
    }
  }

  /** Returns the number of words. */
  public int size() {
    return forms.size();
  }

  /** Returns whether no two arcs cross (every subtree is a contiguous span). */
  public boolean isProjective() {
    int n = size();
    for (int i = 1; i <= n; i++) {
      int hi = heads.get(i - 1);
      int lo1 = Math.min(i, hi);
      int hi1 = Math.max(i, hi);
      for (int j = 1; j <= n; j++) {
        int hj = heads.get(j - 1);
        int lo2 = Math.min(j, hj);
        int hi2 = Math.max(j, hj);
        if (lo1 < lo2 && lo2 < hi1 && hi1 < hi2) {
          return false;
        }
      }
    }
    return true;
  }
}
