package dev.parley.cli;

import dev.parley.app.ValueEvidence;
import java.util.List;

/** The evidence behind each value, as {@code parley analyze --evidence} prints it. */
final class ValueEvidenceTable {
  private ValueEvidenceTable() {}

  static String render(List<ValueEvidence.Row> rows) {
    StringBuilder out = new StringBuilder();
    long assumed = rows.stream().filter(ValueEvidence.Row::assumption).count();
    out.append("\nEVIDENCE BEHIND EACH VALUE (")
        .append(rows.size() - assumed)
        .append(" of ")
        .append(rows.size())
        .append(" cite a source or evidence; the rest are named assumptions)\n");
    String party = null;
    for (ValueEvidence.Row r : rows) {
      if (!r.party().equals(party)) {
        party = r.party();
        out.append("  ").append(party).append('\n');
      }
      out.append("    ").append(r.value()).append(" = ").append(r.central()).append('\n');
      if (r.assumption()) {
        out.append("      assumption").append(r.note() == null ? "" : ": " + r.note()).append('\n');
        continue;
      }
      for (String s : r.sources()) {
        out.append("      source ").append(s).append('\n');
      }
      if (!r.evidence().isEmpty()) {
        out.append("      evidence ").append(String.join(", ", r.evidence())).append('\n');
      }
      if (r.note() != null) {
        out.append("      note: ").append(r.note()).append('\n');
      }
    }
    return out.toString();
  }
}
