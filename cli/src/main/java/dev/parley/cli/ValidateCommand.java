package dev.parley.cli;

import dev.parley.app.ValidateScenario;
import dev.parley.core.validate.Assumption;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.DiagnosticsJson;
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
      out.print(
          DiagnosticsJson.write(inputs.get(0).toString(), result.loaded(), result.assumptions()));
      out.flush();
      return result.loaded().hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }
    err.print(DiagnosticPrinter.format(result.loaded().diagnostics()));
    err.flush();
    if (result.loaded().hasErrors()) {
      long errors = result.loaded().errors().size();
      err.println(errors + (errors == 1 ? " error" : " errors"));
      return ExitCodes.INPUT;
    }
    var scenario = result.loaded().orElseThrow();
    out.printf(
        java.util.Locale.ROOT,
        "%s: ok (%d actors, %d issues, %d profiles, %d levers, %d sources; %d values are assumptions)%n",
        inputs.get(0),
        scenario.actors().size(),
        scenario.issues().size(),
        scenario.profiles().size(),
        scenario.levers().size(),
        scenario.sources().size(),
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
    List<String> unordered =
        scenario.issues().stream().filter(i -> !i.ordered()).map(i -> i.id().value()).toList();
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
      for (Assumption a : result.assumptions()) {
        var at = result.loaded().sourceMap().locate(a.where());
        out.printf(
            java.util.Locale.ROOT,
            "%s%s: assumption: %s = %s%s%n",
            inputs.get(0),
            at.line() > 0 ? ":" + at.line() + ":" + at.column() : "",
            a.where(),
            a.value(),
            a.note() == null ? "" : "  (" + a.note() + ")");
      }
    }
    return ExitCodes.OK;
  }
}
