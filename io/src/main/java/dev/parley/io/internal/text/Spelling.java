package dev.parley.io.internal.text;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggestions for misspelt names: the known name closest to an unknown one by edit distance, when
 * it is close enough to be a likely typo.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * Returns the candidate nearest to the word by Levenshtein distance (case-insensitive), if its
   * distance is at most a third of the word's length (at least 1, at most 3).
   */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= limit && bestDistance > 0
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Returns " (did you mean 'x'?)" for the nearest candidate, or the empty string. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return nearest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** Returns the Levenshtein distance between two strings. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
