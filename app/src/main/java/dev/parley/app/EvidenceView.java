package dev.parley.app;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.model.ActorId;
import dev.parley.store.evidence.EvidencePage;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.RunCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Evidence as the evidence, ingestion and demo tables show it: each stored item's headline,
 * sentence and citation, a run's counts, the counts per type of evidence, and the demo's
 * predictions as ledger entries. The values are the store's and the ledger's; only their wording is
 * the view's.
 */
public final class EvidenceView {
  private EvidenceView() {}

  /**
   * A stored item.
   *
   * @param headline its type and who did or said what: {@code [quote] zelensky: “...”}
   * @param sentence the sentence it was read from, as stored
   * @param cited its source, document and span, as a citation prints them
   * @param citation {@code cited}, then the address, the source's profile (kind, byline, outlet or
   *     date unknown), the extractor and its confidence
   * @param quote whether the item is a quote (whose headline already shows its words)
   */
  public record Item(
      String headline, String sentence, String cited, String citation, boolean quote) {}

  /**
   * The items a query listed.
   *
   * @param cut whether the limit left matching items out
   * @param total how many items matched before the limit
   */
  public record Page(List<Item> items, boolean cut, long total) {
    /** Copies the list. */
    public Page {
      items = List.copyOf(items);
    }
  }

  /** What an ingestion run did with its inputs. */
  public record Counts(int read, int stored, int duplicates, int alreadyPresent, int failed) {}

  /**
   * How many items of one type.
   *
   * @param singular the type's name for one item
   * @param plural the type's name for several
   */
  public record TypeCount(String singular, String plural, int count) {}

  /**
   * A prediction of the demo's documents, as its ledger entry.
   *
   * @param assumed whether {@code madeOn} is the scenario's {@code as_of}, assumed for an undated
   *     document
   * @param resolvesOn the date the horizon falls on, or null
   * @param horizon the deadline as written, or null
   * @param hedges the hedge words, in text order
   * @param where the evidence id, else the document, of each source that reports it
   */
  public record LedgerLine(
      String who,
      LocalDate madeOn,
      boolean assumed,
      @Nullable LocalDate resolvesOn,
      @Nullable String horizon,
      double probability,
      List<String> hedges,
      String what,
      List<String> where) {
    /** Copies the lists. */
    public LedgerLine {
      hedges = List.copyOf(hedges);
      where = List.copyOf(where);
    }
  }

  /**
   * The demo's evidence step.
   *
   * @param files how many bundled files were read
   * @param stored what the run stored, by type ({@link #byType})
   * @param predictions the entries shown: the ledger's, with undated documents' predictions taken
   *     as made on {@code assumedMadeOn} when there is one
   * @param predictionCount how many predictions the documents report
   * @param assumedMadeOn the date assumed for undated documents, or null
   * @param anyAssumed whether any entry shown has an assumed date
   */
  public record Demo(
      int files,
      Counts counts,
      List<TypeCount> stored,
      List<Item> quotes,
      List<Item> demands,
      List<Item> rejections,
      List<LedgerLine> predictions,
      int predictionCount,
      @Nullable LocalDate assumedMadeOn,
      boolean anyAssumed) {
    /** Copies the lists. */
    public Demo {
      stored = List.copyOf(stored);
      quotes = List.copyOf(quotes);
      demands = List.copyOf(demands);
      rejections = List.copyOf(rejections);
      predictions = List.copyOf(predictions);
    }
  }

  /** Returns the items a listing found. */
  public static Page page(FindEvidence.Listing listing) {
    EvidencePage page = listing.listed();
    return new Page(items(page.items()), page.isCut(), page.total());
  }

  /** Returns what an ingestion run did with its inputs. */
  public static Counts counts(IngestDocuments.Summary summary) {
    return counts(summary.counts());
  }

  /** Returns how many items of each type an ingestion run stored ({@link #byType}). */
  public static List<TypeCount> stored(IngestDocuments.Summary summary) {
    return byType(summary.stored());
  }

  /** Returns how many items the workspace holds after an ingestion run, of all types. */
  public static int workspaceItems(IngestDocuments.Summary summary) {
    return summary.workspaceEvidence().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns the demo's evidence step. */
  public static Demo demo(DemoEvidence e) {
    List<LedgerEntry> entries = e.assumedMadeOn() == null ? e.ledger().entries() : e.predictions();
    List<LedgerLine> lines = new ArrayList<>();
    for (LedgerEntry x : entries) {
      lines.add(
          new LedgerLine(
              x.who(),
              x.madeOn(),
              e.assumed().contains(x.id().value()),
              x.resolvesOn(),
              x.horizon(),
              x.probability(),
              x.hedges(),
              x.what(),
              x.citations().stream()
                  .map(c -> c.evidence() == null ? c.document() : c.evidence())
                  .toList()));
    }
    return new Demo(
        e.files().size(),
        counts(e.summary().counts()),
        byType(e.summary().stored()),
        items(e.quotes()),
        items(e.demands()),
        items(e.rejections()),
        lines,
        e.ledger().predictions(),
        e.assumedMadeOn(),
        !e.assumed().isEmpty());
  }

  /**
   * Returns the count of every type of evidence, actor mentions last, types with no item included.
   */
  static List<TypeCount> byType(Map<EvidenceType, Integer> byType) {
    List<TypeCount> counts = new ArrayList<>();
    for (EvidenceType t : EvidenceType.values()) {
      if (t != EvidenceType.MENTION) {
        counts.add(new TypeCount(t.label(), t.label() + "s", byType.getOrDefault(t, 0)));
      }
    }
    counts.add(
        new TypeCount(
            "actor mention", "actor mentions", byType.getOrDefault(EvidenceType.MENTION, 0)));
    return counts;
  }

  private static Counts counts(RunCounts c) {
    return new Counts(c.read(), c.stored(), c.duplicates(), c.alreadyPresent(), c.failed());
  }

  private static List<Item> items(List<StoredEvidence> stored) {
    return stored.stream().map(EvidenceView::item).toList();
  }

  private static Item item(StoredEvidence e) {
    return new Item(
        headline(e), e.sentence(), e.citation().format(), citation(e), e.item() instanceof Quote);
  }

  /**
   * Returns the citation line: source, document and span, address, the source's profile (kind,
   * byline, outlet or date unknown), extractor and confidence.
   */
  private static String citation(StoredEvidence e) {
    StringBuilder line = new StringBuilder(e.citation().format());
    if (e.citation().url() != null) {
      line.append(" \u00b7 ").append(e.citation().url());
    }
    var source = e.citation().source();
    line.append(" \u00b7 ")
        .append(source.kind().label().replace('_', ' '))
        .append(source.byline() == null ? "" : ", by " + source.byline())
        .append(source.outletKnown() ? "" : ", outlet unknown")
        .append(source.dateKnown() ? "" : ", undated")
        .append(" \u00b7 ")
        .append(e.item().provenance().extractor())
        .append(
            String.format(Locale.ROOT, ", confidence %.2f", e.item().provenance().confidence()));
    return line.toString();
  }

  /** Returns the first line of an item: its type and who did or said what. */
  private static String headline(StoredEvidence e) {
    String type = "[" + e.type().label() + "] ";
    return type
        + switch (e.item()) {
          case ActorMention m ->
              m.actor().value() + ": \u201c" + m.text() + "\u201d (" + lower(m.kind()) + ")";
          case Quote q ->
              (q.speaker() == null ? "unattributed" : q.speaker().value())
                  + ": \u201c"
                  + clip(q.text(), 200)
                  + "\u201d"
                  + (q.scareQuote() ? " (scare quote)" : "");
          case EventMention m ->
              ids(m.sources())
                  + " "
                  + m.action().label()
                  + (m.targets().isEmpty() ? "" : " \u2192 " + ids(m.targets()))
                  + (m.issue() == null ? "" : " (" + m.issue().value() + ")")
                  + (m.negated() ? " [negated]" : "")
                  + (m.future() ? " [future]" : "")
                  + (m.hypothetical() ? " [hypothetical]" : "");
          case PositionClaim p ->
              p.actor().value()
                  + " "
                  + lower(p.stance())
                  + " "
                  + p.issue().value()
                  + (p.option() == null ? "" : " = " + p.option());
          case Prediction p ->
              p.who().value()
                  + " predicts: "
                  + clip(p.what(), 160)
                  + (p.horizon() == null ? "" : " (" + p.horizon() + ")");
          case NumberMention n ->
              n.text()
                  + (n.unit() == null ? "" : " [" + n.unit() + "]")
                  + (n.counts() == null ? "" : " of " + n.counts());
        };
  }

  private static String ids(List<ActorId> ids) {
    return ids.stream().map(ActorId::value).collect(Collectors.joining("+"));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns the text cut to {@code width} characters, an ellipsis marking a cut. */
  public static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
  }
}
