package dev.parley.cli;

import dev.parley.app.DemoEvidence;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders evidence and ingestion summaries as text for people. */
final class EvidenceTable {
  private static final int SENTENCE_WIDTH = 300;

  private EvidenceTable() {}

  /**
   * Renders items, three lines each: what, the sentence, the citation (with the address and the
   * extractor's confidence); then a count, "of N" when the limit left items out.
   */
  static String render(EvidencePage page, int limit) {
    StringBuilder out = new StringBuilder();
    for (StoredEvidence e : page.items()) {
      out.append(headline(e)).append('\n');
      out.append("    ").append(quoted(e.sentence(), SENTENCE_WIDTH)).append('\n');
      out.append("    ").append(citation(e)).append('\n');
    }
    List<StoredEvidence> items = page.items();
    if (page.isCut()) {
      out.append(items.size())
          .append(" of ")
          .append(IngestCommand.plural(page.total(), "item", "items"))
          .append(" (--limit ")
          .append(limit)
          .append("; raise it to see more)\n");
    } else {
      out.append(IngestCommand.plural(items.size(), "item", "items")).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the citation line: source, document and span, address, the source's profile (kind,
   * byline, outlet or date unknown), extractor and confidence.
   */
  static String citation(StoredEvidence e) {
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
  static String headline(StoredEvidence e) {
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

  /** Renders what an ingestion run did. */
  static String ingestSummary(IngestDocuments.Summary s, String workspace) {
    RunCounts c = s.counts();
    StringBuilder out = new StringBuilder();
    out.append("Ingested into ").append(workspace).append(" (run ").append(s.run()).append(")\n");
    row(out, "read", c.read());
    row(out, "stored", c.stored());
    row(out, "skipped: duplicate in this run", c.duplicates());
    row(out, "skipped: already in the workspace", c.alreadyPresent());
    row(out, "failed", c.failed());
    for (String error : s.errorHeadlines()) {
      out.append("    ").append(error).append('\n');
    }
    List<String> warnings = s.warningHeadlines();
    if (!warnings.isEmpty()) {
      row(out, "warnings (skipped or noted)", warnings.size());
      for (String warning : warnings) {
        out.append("    ").append(warning).append('\n');
      }
    }
    out.append("Evidence stored: ").append(counts(s.stored())).append('\n');
    int total = s.workspaceEvidence().values().stream().mapToInt(Integer::intValue).sum();
    out.append("Workspace now: ")
        .append(IngestCommand.plural(s.workspaceDocuments(), "document", "documents"))
        .append(", ")
        .append(IngestCommand.plural(total, "evidence item", "evidence items"))
        .append('\n');
    return out.toString();
  }

  /** Renders the demo's evidence step: counts, then a few quotes, demands and rejections. */
  static String demo(DemoEvidence e, String folder, int perList) {
    StringBuilder out = new StringBuilder();
    RunCounts c = e.summary().counts();
    out.append("EVIDENCE from ")
        .append(IngestCommand.plural(e.files().size(), "bundled file", "bundled files"))
        .append(" (")
        .append(folder)
        .append("): ")
        .append(IngestCommand.plural(c.stored(), "document", "documents"))
        .append(" ingested into a temporary workspace, ")
        .append(c.failed())
        .append(" failed\n  ")
        .append(counts(e.summary().stored()))
        .append("\n\n");
    section(out, "Quotes with their speakers", e.quotes(), perList);
    section(out, "Demands", e.demands(), perList);
    section(out, "Rejections", e.rejections(), perList);
    predictions(out, e);
    return out.toString();
  }

  /**
   * Lists the experts' predictions as ledger entries with the dates they resolve on; a date taken
   * from the scenario's as_of because the document is undated is marked with an asterisk and named
   * as the assumption it is.
   */
  private static void predictions(StringBuilder out, DemoEvidence e) {
    List<LedgerEntry> entries = e.assumedMadeOn() == null ? e.ledger().entries() : e.predictions();
    out.append("Predictions in the ledger (")
        .append(IngestCommand.plural(entries.size(), "entry", "entries"))
        .append(" from ")
        .append(IngestCommand.plural(e.ledger().predictions(), "prediction", "predictions"))
        .append("; more with parley ingest and parley ledger)\n");
    for (LedgerEntry x : entries) {
      boolean assumed = e.assumed().contains(x.id().value());
      out.append("  ")
          .append(x.who())
          .append("  made ")
          .append(x.madeOn())
          .append(assumed ? "*" : "")
          .append(", resolves ")
          .append(x.resolvesOn() == null ? "on no date" : "on " + x.resolvesOn())
          .append(x.horizon() == null ? " (no horizon given)" : " (" + x.horizon() + ")")
          .append(", p ")
          .append(x.probability())
          .append(x.hedges().isEmpty() ? " (unhedged)" : " (" + String.join(", ", x.hedges()) + ")")
          .append('\n');
      out.append("      \u201c").append(quoted(x.what(), 200)).append("\u201d\n");
      out.append("      ")
          .append(
              x.citations().stream()
                  .map(c -> c.evidence() == null ? c.document() : c.evidence())
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    if (!e.assumed().isEmpty()) {
      out.append("  * assumed: the document is undated, so the prediction is taken as made on the")
          .append(" scenario's as_of, ")
          .append(e.assumedMadeOn())
          .append(", and its horizon counted from there\n");
    }
    out.append('\n');
  }

  private static void section(
      StringBuilder out, String title, List<StoredEvidence> items, int perList) {
    out.append(title)
        .append(" (")
        .append(Math.min(perList, items.size()))
        .append(" of ")
        .append(items.size())
        .append(")\n");
    for (StoredEvidence e : items.subList(0, Math.min(perList, items.size()))) {
      out.append("  ").append(headline(e)).append('\n');
      if (!(e.item() instanceof Quote)) {
        out.append("      ").append(quoted(e.sentence(), 200)).append('\n');
      }
      out.append("      ").append(e.citation().format()).append('\n');
    }
    out.append('\n');
  }

  private static String counts(Map<EvidenceType, Integer> byType) {
    List<String> parts = new ArrayList<>();
    for (EvidenceType t : EvidenceType.values()) {
      if (t == EvidenceType.MENTION) {
        continue;
      }
      int n = byType.getOrDefault(t, 0);
      parts.add(IngestCommand.plural(n, t.label(), t.label() + "s"));
    }
    int mentions = byType.getOrDefault(EvidenceType.MENTION, 0);
    parts.add(IngestCommand.plural(mentions, "actor mention", "actor mentions"));
    return String.join(", ", parts);
  }

  private static void row(StringBuilder out, String label, int n) {
    out.append(String.format(Locale.ROOT, "  %-36s %,8d%n", label, n));
  }

  private static String ids(List<ActorId> ids) {
    return ids.stream().map(ActorId::value).collect(Collectors.joining("+"));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String quoted(String sentence, int width) {
    return clip(sentence.replaceAll("\\s+", " ").strip(), width);
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
  }
}
