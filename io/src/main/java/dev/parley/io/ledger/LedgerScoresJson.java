package dev.parley.io.ledger;

import dev.parley.core.ledger.CalibrationTable;
import dev.parley.core.ledger.LedgerScore;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger's scores as JSON: the Brier and logarithmic scores per group (person, outlet) and over
 * all entries, and the calibration table; documented by docs/schema/ledger-scores.schema.json. A
 * score of no scored entry, and a bin's mean of no entry, are null (they are NaN in core).
 */
public final class LedgerScoresJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private LedgerScoresJson() {}

  /**
   * Returns the scores as indented JSON ending in a newline.
   *
   * @param groups the scores per group, by grouping name ({@code person}, {@code outlet}), in the
   *     map's order
   * @param overall the scores of all entries as one group
   * @param calibration the calibration table of all entries
   * @param undated how many predictions were left out because their document has no date
   */
  public static String write(
      Map<String, List<LedgerScore>> groups,
      LedgerScore overall,
      CalibrationTable calibration,
      int undated) {
    return MAPPER.writeValueAsString(tree(groups, overall, calibration, undated)) + "\n";
  }

  /** Returns the scores as a JSON tree; see {@link #write}. */
  public static ObjectNode tree(
      Map<String, List<LedgerScore>> groups,
      LedgerScore overall,
      CalibrationTable calibration,
      int undated) {
    ObjectNode root = NODES.objectNode();
    root.put("log_unit", "nats");
    root.put("undated_left_out", undated);
    score(root.putObject("overall"), "all", overall);
    ArrayNode scores = root.putArray("scores");
    groups.forEach(
        (by, list) -> {
          for (LedgerScore s : list) {
            score(scores.addObject(), by, s);
          }
        });
    ObjectNode table = root.putObject("calibration");
    table.put("excluded", calibration.excluded());
    ArrayNode bins = table.putArray("bins");
    for (CalibrationTable.Bin b : calibration.bins()) {
      ObjectNode bin = bins.addObject();
      bin.put("lower", b.lower());
      bin.put("upper", b.upper());
      bin.put("count", b.count());
      number(bin, "mean_forecast", b.meanForecast());
      number(bin, "observed_frequency", b.observedFrequency());
    }
    return root;
  }

  private static void score(ObjectNode node, String by, LedgerScore s) {
    node.put("by", by);
    node.put("group", s.group());
    node.put("entries", s.scored() + s.unresolved() + s.voided());
    node.put("scored", s.scored());
    node.put("unresolved", s.unresolved());
    node.put("void", s.voided());
    number(node, "brier", s.brier());
    number(node, "log", s.log());
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
