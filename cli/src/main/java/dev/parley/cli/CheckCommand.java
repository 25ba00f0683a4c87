package dev.parley.cli;

import dev.parley.app.CheckScenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley check}: the newer evidence that contradicts or moves a scenario's values. */
@Command(
    name = "check",
    header = "List the evidence newer than a scenario's as_of that contradicts one of its values.",
    mixinStandardHelpOptions = true,
    description = {
      "Read every workspace document published after the scenario's as_of with the scenario's"
          + " own actors and options, and list each stated position that crosses an actor's red"
          + " line, wants the option its profile ranks last, rejects the one it ranks first, or"
          + " draws a red line the profile lacks, with the document, outlet, date and sentence."
          + " Exits 0 whether or not anything is found; 2 on bad input."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario.")
  Path scenario;

  @Option(
      names = "--workspace",
      required = true,
      paramLabel = "DIR",
      description = "The workspace whose documents to read.")
  Path workspace;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckScenario.Result r = CheckScenario.run(scenario, workspace);
    err.print(r.diagnostics());
    for (String message : r.workspaceMessages()) {
      err.println(message);
    }
    err.flush();
    if (r.failed()) {
      return ExitCodes.INPUT;
    }
    if (format == OutputFormat.JSON) {
      out.print(r.json(scenario.toString()));
      out.flush();
      return ExitCodes.OK;
    }
    out.printf(
        Locale.ROOT,
        "%s: %d %s after %s read; %d older and %d undated left out; %s%n",
        scenario,
        r.checked(),
        r.checked() == 1 ? "document" : "documents",
        r.asOf() == null ? "(no as_of: every dated one)" : r.asOf(),
        r.older(),
        r.undated(),
        r.lines().isEmpty()
            ? "nothing contradicts a value"
            : r.lines().size()
                + (r.lines().size() == 1 ? " position bears" : " positions bear")
                + " on a value");
    for (CheckScenario.Line line : r.lines()) {
      out.printf(Locale.ROOT, "  %s %s: %s%n", line.kind(), line.where(), line.message());
      out.printf(
          Locale.ROOT,
          "    %s, %s%s (%s, characters %d-%d, %s)%n",
          line.outlet() == null ? "unknown outlet" : line.outlet(),
          line.published(),
          line.url() == null ? "" : ", " + line.url(),
          line.document(),
          line.start(),
          line.end(),
          line.extractor());
      out.printf(Locale.ROOT, "    \u201c%s\u201d%n", line.sentence());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
