package dev.parley.io.ledger;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Resolution;
import dev.parley.core.ledger.Rewording;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ledger entries as JSON: {@code {"entries": [...]}}, each entry with the fields of {@link
 * LedgerEntry} in snake case, enum values in lower case; documented by
 * docs/schema/ledger.schema.json.
 */
public final class LedgerJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private LedgerJson() {}

  /** Returns the entries as indented JSON ending in a newline. */
  public static String write(List<LedgerEntry> entries) {
    return MAPPER.writeValueAsString(tree(entries)) + "\n";
  }

  /** Returns the entries as a JSON tree. */
  public static ObjectNode tree(List<LedgerEntry> entries) {
    ObjectNode root = NODES.objectNode();
    ArrayNode list = root.putArray("entries");
    for (LedgerEntry e : entries) {
      ObjectNode node = list.addObject();
      node.put("id", e.id().value());
      node.put("who", e.who());
      node.put("what", e.what());
      node.put("kind", lower(e.kind()));
      node.put("made_on", e.madeOn().toString());
      node.put("made_on_basis", lower(e.madeOnBasis()));
      node.put("horizon", e.horizon());
      node.put("resolves_on", date(e.resolvesOn()));
      ArrayNode hedges = node.putArray("hedges");
      e.hedges().forEach(hedges::add);
      node.put("probability", e.probability());
      node.put("probability_of", e.probabilityStatement());
      node.put("basis", lower(e.basis()));
      citations(node.putArray("citations"), e.citations());
      ArrayNode rewordings = node.putArray("also_worded");
      for (Rewording w : e.rewordings()) {
        ObjectNode other = rewordings.addObject();
        other.put("id", w.id().value());
        other.put("what", w.what());
        citations(other.putArray("citations"), w.citations());
      }
      Resolution r = e.resolution();
      ObjectNode resolution = node.putObject("resolution");
      resolution.put("outcome", lower(r.outcome()));
      resolution.put("resolved_on", date(r.resolvedOn()));
      citations(resolution.putArray("evidence"), r.evidence());
    }
    return root;
  }

  private static void citations(ArrayNode array, List<Citation> citations) {
    for (Citation c : citations) {
      ObjectNode node = array.addObject();
      node.put("document", c.document());
      node.put("evidence", c.evidence());
      node.put("outlet", c.outlet());
    }
  }

  private static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
