package dev.parley.cli;

import dev.parley.app.DemoEvidence;
import dev.parley.app.EvidenceView;
import dev.parley.app.FindEvidence;
import dev.parley.app.ingest.IngestDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders evidence and ingestion summaries as text for people. */
final class EvidenceTable {
  private static final int SENTENCE_WIDTH = 300;

  private EvidenceTable() {}

  /**
   * Renders items, three lines each: what, the sentence, the citation (with the address and the
   * extractor's confidence); then a count, "of N" when the limit left items out.
   */
  static String render(FindEvidence.Listing listing, int limit) {
    EvidenceView.Page page = EvidenceView.page(listing);
    StringBuilder out = new StringBuilder();
    for (EvidenceView.Item e : page.items()) {
      out.append(e.headline()).append('\n');
      out.append("    ").append(quoted(e.sentence(), SENTENCE_WIDTH)).append('\n');
      out.append("    ").append(e.citation()).append('\n');
    }
    List<EvidenceView.Item> items = page.items();
    if (page.cut()) {
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

  /** Renders what an ingestion run did. */
  static String ingestSummary(IngestDocuments.Summary s, String workspace) {
    EvidenceView.Counts c = EvidenceView.counts(s);
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
    out.append("Evidence stored: ").append(counts(EvidenceView.stored(s))).append('\n');
    out.append("Workspace now: ")
        .append(IngestCommand.plural(s.workspaceDocuments(), "document", "documents"))
        .append(", ")
        .append(
            IngestCommand.plural(EvidenceView.workspaceItems(s), "evidence item", "evidence items"))
        .append('\n');
    return out.toString();
  }

  /** Renders the demo's evidence step: counts, then a few quotes, demands and rejections. */
  static String demo(DemoEvidence evidence, String folder, int perList) {
    EvidenceView.Demo e = EvidenceView.demo(evidence);
    StringBuilder out = new StringBuilder();
    EvidenceView.Counts c = e.counts();
    out.append("EVIDENCE from ")
        .append(IngestCommand.plural(e.files(), "bundled file", "bundled files"))
        .append(" (")
        .append(folder)
        .append("): ")
        .append(IngestCommand.plural(c.stored(), "document", "documents"))
        .append(" ingested into a temporary workspace, ")
        .append(c.failed())
        .append(" failed\n  ")
        .append(counts(e.stored()))
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
  private static void predictions(StringBuilder out, EvidenceView.Demo e) {
    List<EvidenceView.LedgerLine> entries = e.predictions();
    out.append("Predictions in the ledger (")
        .append(IngestCommand.plural(entries.size(), "entry", "entries"))
        .append(" from ")
        .append(IngestCommand.plural(e.predictionCount(), "prediction", "predictions"))
        .append("; more with parley ingest and parley ledger)\n");
    for (EvidenceView.LedgerLine x : entries) {
      out.append("  ")
          .append(x.who())
          .append("  made ")
          .append(x.madeOn())
          .append(x.assumed() ? "*" : "")
          .append(", resolves ")
          .append(x.resolvesOn() == null ? "on no date" : "on " + x.resolvesOn())
          .append(x.horizon() == null ? " (no horizon given)" : " (" + x.horizon() + ")")
          .append(", p ")
          .append(x.probability())
          .append(x.hedges().isEmpty() ? " (unhedged)" : " (" + String.join(", ", x.hedges()) + ")")
          .append('\n');
      out.append("      \u201c").append(quoted(x.what(), 200)).append("\u201d\n");
      out.append("      ").append(String.join("; ", x.where())).append('\n');
    }
    if (e.anyAssumed()) {
      out.append("  * assumed: the document is undated, so the prediction is taken as made on the")
          .append(" scenario's as_of, ")
          .append(e.assumedMadeOn())
          .append(", and its horizon counted from there\n");
    }
    out.append('\n');
  }

  private static void section(
      StringBuilder out, String title, List<EvidenceView.Item> items, int perList) {
    out.append(title)
        .append(" (")
        .append(Math.min(perList, items.size()))
        .append(" of ")
        .append(items.size())
        .append(")\n");
    for (EvidenceView.Item e : items.subList(0, Math.min(perList, items.size()))) {
      out.append("  ").append(e.headline()).append('\n');
      if (!e.quote()) {
        out.append("      ").append(quoted(e.sentence(), 200)).append('\n');
      }
      out.append("      ").append(e.cited()).append('\n');
    }
    out.append('\n');
  }

  private static String counts(List<EvidenceView.TypeCount> byType) {
    List<String> parts = new ArrayList<>();
    for (EvidenceView.TypeCount t : byType) {
      parts.add(IngestCommand.plural(t.count(), t.singular(), t.plural()));
    }
    return String.join(", ", parts);
  }

  private static void row(StringBuilder out, String label, int n) {
    out.append(String.format(Locale.ROOT, "  %-36s %,8d%n", label, n));
  }

  private static String quoted(String sentence, int width) {
    return EvidenceView.clip(sentence.replaceAll("\\s+", " ").strip(), width);
  }
}
