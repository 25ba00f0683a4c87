package dev.parley.core.ledger;

import dev.parley.core.evidence.Prediction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
   * date from its horizon counted from {@code madeOn}, its probability from its hedge words.
   *
   * @param madeOn the statement's date where the text gives it, else its document's
   * @param citation the document (and evidence item) that reports it
   */
  public static LedgerEntry entryOf(
      Prediction prediction, LocalDate madeOn, Citation citation, HedgeScale scale) {
    HedgeReading hedge = scale.read(prediction.what());
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
}
