package dev.parley.core.validate;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggestions for misspelt names: the known name closest to an unknown one by edit distance, when
 * it is close enough to be a likely typo.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * Returns the candidate nearest to the word by edit distance (case-insensitive), if its distance
   * is at most a third of the word's length (at least 1, at most 3) and it is not the word itself;
   * a candidate that differs only in case is suggested.
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
    return best != null && bestDistance <= limit && !best.equals(word)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Returns " (did you mean 'x'?)" for the nearest candidate, or the empty string. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return nearest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /**
   * Returns the edit distance between two strings: insertions, deletions, substitutions and
   * transpositions of adjacent characters each count 1 (optimal string alignment).
   */
  public static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
