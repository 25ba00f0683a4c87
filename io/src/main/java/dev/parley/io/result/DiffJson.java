package dev.parley.io.result;

import dev.parley.core.model.Basis;
import dev.parley.core.validate.ScenarioDiff;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code parley diff} found, as JSON: the two files, their {@code as_of} dates and the
 * changes, each with what its newer value rests on; documented by docs/schema/diff.schema.json.
 */
public final class DiffJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DiffJson() {}

  /**
   * Returns the changes as indented JSON ending in a newline.
   *
   * @param older the older scenario's file as given
   * @param olderAsOf its {@code as_of}, or null
   * @param newer the newer scenario's file as given
   * @param newerAsOf its {@code as_of}, or null
   */
  public static String write(
      String older,
      @Nullable String olderAsOf,
      String newer,
      @Nullable String newerAsOf,
      List<ScenarioDiff.Change> changes) {
    ObjectNode root = NODES.objectNode();
    root.put("from", older);
    root.put("from_as_of", olderAsOf);
    root.put("to", newer);
    root.put("to_as_of", newerAsOf);
    ArrayNode list = root.putArray("changes");
    for (ScenarioDiff.Change c : changes) {
      ObjectNode node = list.addObject();
      node.put("kind", c.kind().label());
      node.put("where", c.where().toString());
      node.put("before", c.before());
      node.put("after", c.after());
      Basis basis = c.basis();
      ArrayNode cite = node.putArray("cite");
      basis.sources().forEach(s -> cite.add(s.value()));
      ArrayNode evidence = node.putArray("evidence");
      basis.evidence().forEach(evidence::add);
      node.put("note", basis.note());
      node.put("assumption", basis.isAssumption());
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }
}
