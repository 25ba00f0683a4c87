package dev.parley.io.result;

import dev.parley.core.model.Scenario;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The keys a scenario's result starts with, in this order: {@code parley} (the version that wrote
 * it), {@code scenario} (the scenario's id), {@code title} and {@code inputs} (the files read, as
 * given).
 */
public final class ResultHeader {
  private ResultHeader() {}

  /**
   * Writes the header's keys into a result that has no keys yet.
   *
   * @param root the result, empty
   * @param version the Parley version that writes it
   * @param scenario the scenario the result is about
   * @param inputs the files read, as given
   */
  public static void write(
      ObjectNode root, String version, Scenario scenario, List<String> inputs) {
    root.put("parley", version);
    root.put("scenario", scenario.id());
    root.put("title", scenario.title());
    ArrayNode in = root.putArray("inputs");
    inputs.forEach(in::add);
  }
}
