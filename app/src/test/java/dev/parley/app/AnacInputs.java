package dev.parley.app;

import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The input files of an ANAC validation scenario, in the order its reference lists them. */
final class AnacInputs {
  private AnacInputs() {}

  /** Returns the scenario's reference.json. */
  static JsonNode reference(String scenario) throws IOException {
    return JsonMapper.builder()
        .build()
        .readTree(SharedData.resolve("data/anac/" + scenario + "/reference.json").toFile());
  }

  /** Returns the domain file followed by the profiles, parties in reference order. */
  static List<Path> of(String scenario) throws IOException {
    Path dir = SharedData.resolve("data/anac/" + scenario);
    JsonNode reference = reference(scenario);
    List<Path> inputs = new ArrayList<>();
    inputs.add(dir.resolve(reference.get("domain_file").asString()));
    for (JsonNode party : reference.get("parties")) {
      inputs.add(dir.resolve(party.asString()));
    }
    return inputs;
  }
}
