package dev.parley.io.diagnostic;

import dev.parley.core.validate.Assumption;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics and assumptions as JSON, for machines: the same facts as the printed form, one object
 * per diagnostic with its file, line, column, code, message, hint and documentation page.
 */
public final class DiagnosticsJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DiagnosticsJson() {}

  /**
   * Returns a validation result as indented JSON.
   *
   * @param file the file validated, as the user gave it
   * @param assumptions the values that cite nothing; empty when the file did not load
   */
  public static String write(String file, LoadResult<?> result, List<Assumption> assumptions) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("file", file);
    root.put("ok", !result.hasErrors());
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (LocatedDiagnostic d : result.diagnostics()) {
      ObjectNode node = diagnostics.addObject();
      node.put("severity", d.diagnostic().severity().label());
      node.put("code", d.code());
      node.put("file", d.file());
      if (d.position().isKnown()) {
        node.put("line", d.position().line());
        node.put("column", d.position().column());
      }
      node.put("path", d.diagnostic().where().toString());
      node.put("message", d.diagnostic().message());
      node.put("hint", d.diagnostic().hint());
      node.put("doc", DiagnosticPrinter.docPage(d.code()));
    }
    ArrayNode list = root.putArray("assumptions");
    for (Assumption a : assumptions) {
      ObjectNode node = list.addObject();
      node.put("path", a.where().toString());
      node.put("value", a.value());
      node.put("note", a.note());
      TextPosition at = result.sourceMap().locate(a.where());
      if (at.isKnown()) {
        node.put("line", at.line());
        node.put("column", at.column());
      }
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }
}
