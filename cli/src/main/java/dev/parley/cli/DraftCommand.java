package dev.parley.cli;

import dev.parley.app.draft.DraftScenario;
import dev.parley.app.draft.ScenarioDraft;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley draft}: a scenario drafted from the evidence of a workspace. */
@Command(
    name = "draft",
    header = "Draft a scenario from the evidence in a workspace, for an analyst to edit.",
    mixinStandardHelpOptions = true,
    description = {
      "Draft a scenario from what the workspace's documents report: the actors ranked by"
          + " prominence with their aliases, kinds and memberships; candidate issues and options"
          + " from what the actors demand, propose, accept and reject; each party's stances citing"
          + " the evidence; every value the evidence does not give (salience, capability,"
          + " reservation, patience) as an assumption with a comment on what would settle it; and"
          + " the sources. The draft validates and analyses as it is. See docs/draft.md."
    })
final class DraftCommand implements Callable<Integer> {
  /** How the draft is written. */
  enum DraftFormat {
    /** The scenario as YAML, with comments. */
    YAML,
    /**
     * The scenario and what it was drafted from, in the layout of docs/schema/draft.schema.json.
     */
    JSON
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      defaultValue = ".parley",
      paramLabel = "DIR",
      description = "The workspace to draft from (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the draft to this file instead of standard output.")
  @Nullable Path out;

  @Option(
      names = "--format",
      defaultValue = "yaml",
      description = "yaml or json (default: ${DEFAULT-VALUE}).")
  DraftFormat format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DraftScenario.Result result = DraftScenario.run(workspace);
    for (String message : result.messages()) {
      err.println(message);
    }
    err.flush();
    ScenarioDraft draft = result.draft();
    if (draft == null) {
      return ExitCodes.INPUT;
    }
    String text =
        format == DraftFormat.JSON ? DraftScenario.json(draft) : DraftScenario.yaml(draft);
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return ExitCodes.OK;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("parley draft: error: cannot write the draft: " + e.getMessage());
      err.println("  hint: check that the folder exists and is writable");
      err.flush();
      return ExitCodes.INPUT;
    }
    stdout.printf(
        Locale.ROOT,
        "wrote %s: %d actors (%d bargaining), %d issues, %d values citing evidence, %d"
            + " assumptions, from %d documents%n",
        out,
        draft.actors().size(),
        draft.parties(),
        draft.issues().size(),
        draft.citedValues(),
        draft.assumptions().size(),
        draft.documents());
    stdout.flush();
    return ExitCodes.OK;
  }
}
