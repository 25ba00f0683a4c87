package dev.parley.cli;

import dev.parley.app.ValidateScenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate}: report every problem in a scenario, and its assumptions. */
@Command(
    name = "validate",
    header = "Check a scenario and report every problem in one pass.",
    mixinStandardHelpOptions = true,
    description = {
      "Check a scenario and report every problem in one pass, as file:line:col: error: [code] message.",
      "Also accepts a GENIUS or GeniusWeb domain followed by its profiles."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "A scenario (.yaml or .json), or a domain and profiles.")
  List<Path> inputs;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Also check that every evidence id the scenario cites is in this workspace.")
  @Nullable Path workspace;

  @Option(names = "--assumptions", description = "Also list every value that cites no source.")
  boolean listAssumptions;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table (diagnostics on standard error) or json (everything on standard output).")
  OutputFormat format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidateScenario.Result result = ValidateScenario.run(inputs, workspace);
    for (String message : result.workspaceMessages()) {
      err.println(message);
    }
    err.flush();
    if (result.workspaceFailed()) {
      return ExitCodes.INPUT;
    }
    if (format == OutputFormat.JSON) {
      out.print(result.json(inputs.get(0).toString()));
      out.flush();
      return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }
    err.print(result.printedDiagnostics());
    err.flush();
    if (result.hasErrors()) {
      long errors = result.errorCount();
      err.println(errors + (errors == 1 ? " error" : " errors"));
      return ExitCodes.INPUT;
    }
    ValidateScenario.Summary scenario = result.summary();
    out.printf(
        java.util.Locale.ROOT,
        "%s: ok (%d actors, %d issues, %d profiles, %d levers, %d sources; %d values are assumptions)%n",
        inputs.get(0),
        scenario.actors(),
        scenario.issues(),
        scenario.profiles(),
        scenario.levers(),
        scenario.sources(),
        result.assumptions().size());
    if (workspace != null) {
      out.printf(
          java.util.Locale.ROOT,
          "%s: %d evidence %s found in %s%n",
          inputs.get(0),
          result.citedEvidence(),
          result.citedEvidence() == 1 ? "citation" : "citations",
          workspace);
    }
    List<String> unordered = scenario.unorderedIssues();
    if (!unordered.isEmpty()) {
      out.printf(
          java.util.Locale.ROOT,
          "%s: unordered %s (ordered: false): %s; the spatial forecasts leave %s out, bargaining"
              + " uses %s options as they are%n",
          inputs.get(0),
          unordered.size() == 1 ? "issue" : "issues",
          String.join(", ", unordered),
          unordered.size() == 1 ? "it" : "them",
          unordered.size() == 1 ? "its" : "their");
    }
    if (listAssumptions) {
      for (ValidateScenario.LocatedAssumption a : result.locatedAssumptions()) {
        out.printf(
            java.util.Locale.ROOT,
            "%s%s: assumption: %s = %s%s%n",
            inputs.get(0),
            a.line() > 0 ? ":" + a.line() + ":" + a.column() : "",
            a.where(),
            a.value(),
            a.note() == null ? "" : "  (" + a.note() + ")");
      }
    }
    return ExitCodes.OK;
  }
}
