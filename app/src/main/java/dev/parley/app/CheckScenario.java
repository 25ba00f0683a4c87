package dev.parley.app;

import dev.parley.app.ingest.Extractors;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.PositionCheck;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.store.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The use case behind {@code parley check}: the evidence newer than a scenario's {@code as_of} that
 * contradicts or moves one of its values. Every document in the workspace published after {@code
 * as_of} is read again with the scenario's own vocabulary (its actors' names and aliases, its
 * issues' names and option labels), so that its stated positions land on the scenario's options;
 * each position that crosses a red line, wants the option a profile ranks last, rejects the one it
 * ranks first, or draws a new red line is a finding, with its document, outlet, date and sentence.
 */
public final class CheckScenario {
  private CheckScenario() {}

  /**
   * One finding, as a reader sees it.
   *
   * @param kind crosses-red-line, wants-last, rejects-first or new-red-line
   * @param where the value it bears on, such as {@code profiles/russia/red_lines/0}
   * @param message what the position says against the value
   * @param document the document's id in the workspace
   * @param outlet the document's outlet, or null
   * @param published the document's date
   * @param url the document's address, or null
   * @param sentence the sentence that states the position
   * @param start where the position starts in the document's text (a character offset)
   * @param end where it ends
   * @param extractor the extractor that found it, with its version
   */
  public record Line(
      String kind,
      String where,
      String message,
      String document,
      @Nullable String outlet,
      LocalDate published,
      @Nullable String url,
      String sentence,
      int start,
      int end,
      String extractor) {}

  /**
   * What the check found.
   *
   * @param asOf the scenario's {@code as_of}, or null if it has none (then every dated document
   *     counts as newer)
   * @param checked how many documents published after {@code as_of} were read
   * @param undated how many documents have no date and were left out
   * @param older how many documents were published on or before {@code as_of} and were left out
   * @param lines the findings, in document date order
   * @param diagnostics the scenario's diagnostics, formatted
   * @param workspaceMessages the workspace's problems and warnings, formatted
   * @param failed whether the scenario or the workspace could not be read
   */
  public record Result(
      @Nullable LocalDate asOf,
      int checked,
      int undated,
      int older,
      List<Line> lines,
      String diagnostics,
      List<String> workspaceMessages,
      boolean failed) {
    /** Copies the fields. */
    public Result {
      lines = List.copyOf(lines);
      Objects.requireNonNull(diagnostics, "diagnostics");
      workspaceMessages = List.copyOf(workspaceMessages);
    }

    /**
     * Returns the findings as indented JSON ending in a newline (docs/schema/check.schema.json).
     *
     * @param scenario the scenario's file as given
     */
    public String json(String scenario) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("scenario", scenario);
      root.put("as_of", asOf == null ? null : asOf.toString());
      root.put("checked", checked);
      root.put("older", older);
      root.put("undated", undated);
      ArrayNode findings = root.putArray("findings");
      for (Line l : lines) {
        ObjectNode f = findings.addObject();
        f.put("kind", l.kind());
        f.put("where", l.where());
        f.put("message", l.message());
        f.put("document", l.document());
        f.put("outlet", l.outlet());
        f.put("published", l.published().toString());
        f.put("url", l.url());
        f.put("sentence", l.sentence());
        f.put("start", l.start());
        f.put("end", l.end());
        f.put("extractor", l.extractor());
      }
      return JSON.writeValueAsString(root) + "\n";
    }
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Checks the workspace's newer evidence against the scenario. */
  public static Result run(Path scenarioFile, Path workspace) {
    LoadResult<DriftingScenario> loaded = ScenarioInputs.loadDrifting(List.of(scenarioFile));
    String diagnostics = DiagnosticPrinter.format(loaded.diagnostics());
    if (loaded.value() == null) {
      return new Result(null, 0, 0, 0, List.of(), diagnostics, List.of(), true);
    }
    Scenario scenario = loaded.value().scenario();
    LocalDate asOf = scenario.asOf();
    List<String> messages = new ArrayList<>();
    EvidenceExtractor extractor = Extractors.of(scenario);
    Result read =
        WorkspaceReads.read(
            workspace, messages, ws -> check(ws, scenario, extractor, diagnostics, messages));
    return read != null ? read : new Result(asOf, 0, 0, 0, List.of(), diagnostics, messages, true);
  }

  private static Result check(
      Workspace ws,
      Scenario scenario,
      EvidenceExtractor extractor,
      String diagnostics,
      List<String> messages) {
    LocalDate asOf = scenario.asOf();
    List<Line> lines = new ArrayList<>();
    int checked = 0;
    int undated = 0;
    int older = 0;
    List<Document> newer = new ArrayList<>();
    for (DocumentId id : ws.documentIds()) {
      Document d = ws.document(id).orElse(null);
      if (d == null) {
        continue;
      }
      LocalDate published = d.metadata().published();
      if (published == null) {
        undated++;
      } else if (asOf != null && !published.isAfter(asOf)) {
        older++;
      } else {
        newer.add(d);
      }
    }
    newer.sort(
        java.util.Comparator.comparing((Document d) -> d.metadata().published())
            .thenComparing(d -> d.id().value()));
    for (Document d : newer) {
      checked++;
      List<PositionClaim> claims = extractor.extract(d).positions();
      for (PositionCheck.Finding f : PositionCheck.check(scenario, claims)) {
        TextSpan sentence = f.claim().provenance().sentence();
        lines.add(
            new Line(
                f.kind().label(),
                f.where().toString(),
                f.message(),
                d.id().value(),
                d.metadata().outlet(),
                Objects.requireNonNull(d.metadata().published()),
                d.metadata().url(),
                d.text().substring(sentence.start(), sentence.end()).strip(),
                f.claim().provenance().span().start(),
                f.claim().provenance().span().end(),
                f.claim().provenance().extractor()
                    + " "
                    + f.claim().provenance().extractorVersion()));
      }
    }
    return new Result(asOf, checked, undated, older, lines, diagnostics, messages, false);
  }
}
