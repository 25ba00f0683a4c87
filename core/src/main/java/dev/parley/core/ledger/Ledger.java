package dev.parley.core.ledger;

import dev.parley.core.evidence.Prediction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Operations on a list of ledger entries. */
public final class Ledger {
  /* The report kept for a merged entry is the earliest, ties broken by its smallest citation, so
   * the result does not depend on the order of the input (docs/adr/0010). */
  private static final Comparator<LedgerEntry> EARLIEST =
      Comparator.comparing(LedgerEntry::madeOn)
          .thenComparing(e -> e.citations().get(0))
          .thenComparing(LedgerEntry::what)
          .thenComparing(LedgerEntry::who);

  private Ledger() {}

  /**
   * Returns the ledger entry of an extracted prediction: its kind from its wording, its resolution
   * date from its horizon counted from {@code madeOn}, its probability from its hedge words (its
   * {@linkplain Prediction#hedge() hedge} when known, read with its wording).
   *
   * @param madeOn the statement's date where the text gives it, else its document's
   * @param citation the document (and evidence item) that reports it
   */
  public static LedgerEntry entryOf(
      Prediction prediction, LocalDate madeOn, Citation citation, HedgeScale scale) {
    // the extractor's hedge words ("expects", "did not believe would") read before the wording,
    // so that a qualifier in the wording ("will probably") still outranks a bare modal
    HedgeReading hedge =
        scale.read(
            prediction.hedge() != null
                ? prediction.hedge() + " " + prediction.what()
                : prediction.what());
    return LedgerEntry.of(
        prediction.who().value(),
        prediction.what(),
        PredictionKind.of(prediction.what(), prediction.horizon() != null),
        madeOn,
        prediction.horizon(),
        HorizonResolver.resolve(prediction.horizon(), madeOn),
        hedge.hedges(),
        hedge.probability(),
        ProbabilityBasis.HEDGE,
        List.of(citation));
  }

  /**
   * Returns the entries with every group of reports of one prediction (the same {@link LedgerKey})
   * merged into one entry, sorted by id.
   *
   * <p>The merged entry is the earliest report (by {@code madeOn}) with the citations of all of
   * them. Its resolution is the one decided report's, if any.
   *
   * @throws IllegalArgumentException when two reports of one prediction have different decided
   *     outcomes
   */
  public static List<LedgerEntry> merge(List<LedgerEntry> entries) {
    Map<LedgerEntryId, List<LedgerEntry>> groups = new LinkedHashMap<>();
    for (LedgerEntry entry : entries) {
      groups.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(entry);
    }
    List<LedgerEntry> merged = new ArrayList<>(groups.size());
    for (List<LedgerEntry> group : groups.values()) {
      LedgerEntry first = group.stream().min(EARLIEST).orElseThrow();
      List<Citation> citations = new ArrayList<>();
      Resolution resolution = Resolution.UNRESOLVED;
      for (LedgerEntry entry : group) {
        citations.addAll(entry.citations());
        Resolution r = entry.resolution();
        if (r.outcome() == Outcome.UNRESOLVED) {
          continue;
        }
        if (resolution.outcome() != Outcome.UNRESOLVED && resolution.outcome() != r.outcome()) {
          throw new IllegalArgumentException(
              "expected one outcome for "
                  + entry.id()
                  + ", but found "
                  + resolution.outcome()
                  + " and "
                  + r.outcome());
        }
        if (resolution.outcome() == Outcome.UNRESOLVED) {
          resolution = r;
        } else {
          List<Citation> evidence = new ArrayList<>(resolution.evidence());
          evidence.addAll(r.evidence());
          LocalDate a = Objects.requireNonNull(resolution.resolvedOn());
          LocalDate b = Objects.requireNonNull(r.resolvedOn());
          resolution =
              Resolution.of(
                  r.outcome(),
                  a.isBefore(b) ? a : b,
                  evidence.stream().distinct().sorted().toList());
        }
      }
      merged.add(first.withCitations(citations).withResolution(resolution));
    }
    merged.sort(Comparator.comparing(LedgerEntry::id));
    return List.copyOf(merged);
  }

  private static final Pattern SPACE = Pattern.compile(" ");

  /* Words skipped between a hedge and the verb it governs: adverbs and negation. */
  private static final Set<String> BETWEEN =
      Set.of("not", "never", "also", "still", "then", "soon", "even", "eventually", "indeed");

  /**
   * Returns the entries with the reports of one forecast in different words merged: the entry kept
   * is the earliest ({@code madeOn}, then its first citation), the others become its {@link
   * LedgerEntry#rewordings()} and their citations are added to its own. Sorted by id.
   *
   * <p>Two entries are one forecast in other words when all of these hold: the same speaker (as
   * {@link LedgerKey} normalises it), the same kind, basis {@link ProbabilityBasis#HEDGE}, the same
   * date made and the same resolution date (neither null), the same probability, the same hedge
   * words, and the same verb after the hedge ("could meet", "could meet"), adverbs and negation
   * skipped; and no document reports both (two sentences of one article are two statements). A
   * group in which some document reports two members is left as it is. Entries with a resolution
   * are never merged this way, so a recorded outcome is not moved. The merge does not depend on the
   * order of the input.
   */
  public static List<LedgerEntry> mergeRewordings(List<LedgerEntry> entries) {
    Map<String, List<LedgerEntry>> groups = new TreeMap<>();
    List<LedgerEntry> out = new ArrayList<>();
    for (LedgerEntry e : entries) {
      String verb = verbAfterHedge(e);
      if (verb == null
          || e.basis() != ProbabilityBasis.HEDGE
          || e.resolvesOn() == null
          || e.resolution().outcome() != Outcome.UNRESOLVED
          || !e.rewordings().isEmpty()) {
        out.add(e);
        continue;
      }
      String key =
          String.join(
              "\n",
              e.key().who(),
              e.kind().name(),
              e.madeOn().toString(),
              String.valueOf(e.resolvesOn()),
              Double.toString(e.probability()),
              String.join(" ", e.hedges()),
              verb);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    for (List<LedgerEntry> group : groups.values()) {
      if (group.size() == 1 || sharesDocument(group)) {
        out.addAll(group);
        continue;
      }
      List<LedgerEntry> sorted = new ArrayList<>(group);
      sorted.sort(EARLIEST);
      LedgerEntry kept = sorted.get(0);
      List<Rewording> others = new ArrayList<>();
      for (LedgerEntry e : sorted.subList(1, sorted.size())) {
        others.add(new Rewording(e.id(), e.what(), e.citations()));
      }
      out.add(kept.withRewordings(others));
    }
    out.sort(Comparator.comparing(LedgerEntry::id));
    return List.copyOf(out);
  }

  private static boolean sharesDocument(List<LedgerEntry> group) {
    Set<String> seen = new HashSet<>();
    for (LedgerEntry e : group) {
      Set<String> own = new HashSet<>();
      e.citations().forEach(c -> own.add(c.document()));
      for (String d : own) {
        if (!seen.add(d)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the word after the entry's first hedge in its normalised statement, adverbs ("-ly") and
   * negation skipped, or null when it has no hedge words or they are not found.
   */
  static @Nullable String verbAfterHedge(LedgerEntry e) {
    if (e.hedges().isEmpty()) {
      return null;
    }
    String[] words = SPACE.split(e.key().what(), -1);
    String[] hedge = SPACE.split(LedgerKey.normalise(e.hedges().get(0)), -1);
    for (int i = 0; i + hedge.length <= words.length; i++) {
      if (!Arrays.equals(words, i, i + hedge.length, hedge, 0, hedge.length)) {
        continue;
      }
      for (int j = i + hedge.length; j < words.length; j++) {
        String w = words[j];
        if (!BETWEEN.contains(w) && !w.endsWith("ly")) {
          return w;
        }
      }
      return null;
    }
    return null;
  }
}
