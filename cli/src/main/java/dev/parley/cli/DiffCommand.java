package dev.parley.cli;

import dev.parley.app.DiffScenarios;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley diff}: what changed between two versions of a scenario, and why. */
@Command(
    name = "diff",
    header = "List what changed between two versions of a scenario, with what each value cites.",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a scenario value by value (actors, issues, options, every profile"
          + " value, red lines, levers, sources) and list what was added, removed or changed, with"
          + " the sources, evidence and notes the newer value rests on. Exits 0 whether or not"
          + " anything changed; 2 if either file has an error."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLDER", description = "The earlier scenario.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEWER", description = "The later scenario.")
  Path newer;

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
    DiffScenarios.Result result = DiffScenarios.run(older, newer);
    err.print(result.formattedDiagnostics());
    err.flush();
    if (result.hasErrors()) {
      return ExitCodes.INPUT;
    }
    if (format == OutputFormat.JSON) {
      out.print(result.json());
      out.flush();
      return ExitCodes.OK;
    }
    List<DiffScenarios.Line> lines = result.lines();
    out.printf(
        Locale.ROOT,
        "%s%s -> %s%s: %s%n",
        older,
        result.fromAsOf() == null ? "" : " (as of " + result.fromAsOf() + ")",
        newer,
        result.toAsOf() == null ? "" : " (as of " + result.toAsOf() + ")",
        lines.isEmpty()
            ? "no change"
            : lines.size() + (lines.size() == 1 ? " change" : " changes"));
    for (DiffScenarios.Line line : lines) {
      String value =
          switch (line.kind()) {
            case "added" -> line.after();
            case "removed" -> "was " + line.before();
            case "resourced" -> line.after() + " (same value, other citations)";
            default -> line.before() + " -> " + line.after();
          };
      out.printf(Locale.ROOT, "  %-9s %s: %s%n", line.kind(), line.where(), value);
      out.printf(Locale.ROOT, "            %s%n", line.because());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
