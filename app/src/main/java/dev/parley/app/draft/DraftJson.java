package dev.parley.app.draft;

import dev.parley.app.draft.ScenarioDraft.AssumedValue;
import dev.parley.app.draft.ScenarioDraft.CandidateIssue;
import dev.parley.app.draft.ScenarioDraft.CandidateOption;
import dev.parley.app.draft.ScenarioDraft.DraftActor;
import dev.parley.app.draft.ScenarioDraft.StatedPosition;
import dev.parley.io.scenario.ScenarioWriter;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes the JSON of {@code parley draft}, in the layout of docs/schema/draft.schema.json. */
final class DraftJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DraftJson() {}

  static String write(ScenarioDraft d) {
    ObjectNode root = NODES.objectNode();
    root.put("documents", d.documents());
    root.put("evidence", d.evidence());
    ArrayNode actors = root.putArray("actors");
    for (DraftActor a : d.actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", a.id());
      n.put("workspace_id", a.workspaceId());
      n.put("rank", a.rank());
      n.put("documents", a.documents());
      n.put("mentions", a.mentions());
      n.put("evidence", a.evidence());
      n.put("party", a.party());
    }
    root.set("issues", issues(d.issues()));
    root.set("left_out", issues(d.leftOut()));
    ArrayNode positions = root.putArray("positions");
    for (StatedPosition p : d.positions()) {
      ObjectNode n = positions.addObject();
      n.put("actor", p.actor());
      n.put("issue", p.issue());
      n.put("ideal", p.ideal());
      n.put("supports", p.supports());
      n.put("rejects", p.rejects());
      n.put("red_lines", p.redLines());
      strings(n.putArray("evidence"), p.evidence());
    }
    ArrayNode assumptions = root.putArray("assumptions");
    for (AssumedValue a : d.assumptions()) {
      ObjectNode n = assumptions.addObject();
      n.put("path", a.path());
      n.put("value", a.value());
      n.put("note", a.note());
      n.put("settle", a.settle());
    }
    root.set("scenario", MAPPER.readTree(ScenarioWriter.toJson(d.scenario())));
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static ArrayNode issues(List<CandidateIssue> list) {
    ArrayNode out = NODES.arrayNode();
    for (CandidateIssue c : list) {
      ObjectNode n = out.addObject();
      n.put("id", c.id());
      n.put("name", c.name());
      n.put("topic", c.topic());
      strings(n.putArray("evidence"), c.evidence());
      ArrayNode options = n.putArray("options");
      for (CandidateOption o : c.options()) {
        ObjectNode on = options.addObject();
        on.put("id", o.id());
        on.put("label", o.label());
        on.put("position", o.position());
        strings(on.putArray("evidence"), o.evidence());
      }
    }
    return out;
  }

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }
}
