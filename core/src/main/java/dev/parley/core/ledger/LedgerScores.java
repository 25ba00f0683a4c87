package dev.parley.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores ledger entries by group: the Brier and logarithmic scores ({@link BrierScore}, {@link
 * LogScore}) of the entries resolved {@code TRUE} or {@code FALSE} in each group, with the
 * unresolved and void entries counted apart.
 */
public final class LedgerScores {
  private LedgerScores() {}

  /** The grouping by person: the entry's {@code who}. */
  public static final Function<LedgerEntry, String> BY_PERSON = LedgerEntry::who;

  /**
   * The grouping by outlet: the outlet of the entry's first citation that names one, else {@code
   * "(unknown)"}.
   */
  public static final Function<LedgerEntry, String> BY_OUTLET = LedgerScores::outlet;

  private static String outlet(LedgerEntry entry) {
    for (Citation citation : entry.citations()) {
      String outlet = citation.outlet();
      if (outlet != null) {
        return outlet;
      }
    }
    return "(unknown)";
  }

  /** Returns the scores of all entries as one group named {@code group}. */
  public static LedgerScore score(String group, List<LedgerEntry> entries) {
    int unresolved = 0;
    int voided = 0;
    List<LedgerEntry> scored = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      switch (entry.resolution().outcome()) {
        case UNRESOLVED -> unresolved++;
        case VOID -> voided++;
        case TRUE, FALSE -> scored.add(entry);
      }
    }
    double[] p = new double[scored.size()];
    boolean[] happened = new boolean[scored.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = scored.get(i).probability();
      happened[i] = scored.get(i).resolution().outcome() == Outcome.TRUE;
    }
    return new LedgerScore(
        group,
        p.length,
        unresolved,
        voided,
        BrierScore.mean(p, happened),
        LogScore.mean(p, happened));
  }

  /** Returns the scores per group, in the order of the group names. */
  public static List<LedgerScore> byGroup(
      List<LedgerEntry> entries, Function<LedgerEntry, String> groupKey) {
    Map<String, List<LedgerEntry>> groups = new TreeMap<>();
    for (LedgerEntry entry : entries) {
      groups.computeIfAbsent(groupKey.apply(entry), k -> new ArrayList<>()).add(entry);
    }
    List<LedgerScore> scores = new ArrayList<>(groups.size());
    groups.forEach((group, members) -> scores.add(score(group, members)));
    return List.copyOf(scores);
  }
}
