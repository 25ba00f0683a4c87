package dev.parley.core.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups claims about the same subject and flags where sources disagree (docs/claims.md).
 *
 * <p>A source is a document and a claimant: the same outlet quoting two sides is two sources. A
 * group is listed when at least two sources make claims about its subject. Two sources disagree on
 * {@code polarity} when, of their asserted claims, one says the event happened and the other that
 * it did not; on {@code value} when their quantities differ by more than the tolerance, a share of
 * the larger ({@value #TOLERANCE} by default: reported figures are rounded, "about 1,000" and
 * "1,050" agree); on {@code date} when their asserted claims that the event happened give dates
 * neither of which contains the other ({@code 2025-03} contains {@code 2025-03-03}).
 */
public final class ClaimGrouping {
  /** The default tolerance for quantities: a tenth of the larger. */
  public static final double TOLERANCE = 0.1;

  private ClaimGrouping() {}

  /** Returns the groups of two or more sources, with the default tolerance. */
  public static List<ClaimGroup> group(List<Claim> claims) {
    return group(claims, TOLERANCE);
  }

  /**
   * Returns the groups of two or more sources, sorted with disagreements first, then by subject.
   *
   * @param tolerance how far apart, as a share of the larger, two quantities may be and agree
   */
  public static List<ClaimGroup> group(List<Claim> claims, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("expected a tolerance >= 0, but found " + tolerance);
    }
    Map<String, List<Claim>> bySubject = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Claim c : claims) {
      String once =
          c.subject()
              + "|"
              + c.source()
              + "|"
              + c.affirmed()
              + "|"
              + c.value()
              + "|"
              + c.citation().start();
      if (seen.add(once)) {
        bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
      }
    }
    List<ClaimGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : bySubject.entrySet()) {
      List<Claim> list = new ArrayList<>(e.getValue());
      Set<String> sources = new LinkedHashSet<>();
      list.forEach(c -> sources.add(c.source()));
      if (sources.size() < 2) {
        continue;
      }
      list.sort(
          Comparator.comparing(
                  (Claim c) -> c.citation().published(),
                  Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
              .thenComparing(c -> c.citation().document())
              .thenComparingInt(c -> c.citation().start()));
      groups.add(new ClaimGroup(e.getKey(), list, sources.size(), fields(list, tolerance)));
    }
    groups.sort(
        Comparator.comparing((ClaimGroup g) -> !g.disagreement())
            .thenComparing(ClaimGroup::subject));
    return groups;
  }

  private static List<String> fields(List<Claim> claims, double tolerance) {
    boolean polarity = false;
    boolean value = false;
    boolean date = false;
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        Claim a = claims.get(i);
        Claim b = claims.get(j);
        if (a.source().equals(b.source())) {
          continue;
        }
        if (a.asserted() && b.asserted() && a.affirmed() != b.affirmed()) {
          polarity = true;
        }
        if (a.value() != null && b.value() != null && apart(a.value(), b.value(), tolerance)) {
          value = true;
        }
        if (a.asserted()
            && b.asserted()
            && a.affirmed()
            && b.affirmed()
            && a.when() != null
            && b.when() != null
            && !a.when().startsWith(b.when())
            && !b.when().startsWith(a.when())) {
          date = true;
        }
      }
    }
    List<String> fields = new ArrayList<>();
    if (polarity) {
      fields.add("polarity");
    }
    if (value) {
      fields.add("value");
    }
    if (date) {
      fields.add("date");
    }
    return fields;
  }

  /** Returns whether two quantities differ by more than a share of the larger. */
  static boolean apart(double a, double b, double tolerance) {
    double larger = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) > tolerance * larger;
  }
}
