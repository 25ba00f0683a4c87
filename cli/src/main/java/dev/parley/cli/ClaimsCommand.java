package dev.parley.cli;

import dev.parley.app.ListClaims;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley claims}: claims about the same thing from different sources, side by side. */
@Command(
    name = "claims",
    header = "Set the sources' claims about the same thing side by side and flag disagreements.",
    mixinStandardHelpOptions = true,
    description = {
      "Read the claims the workspace's documents make, each normalised to who did what (the",
      "PLOVER event, its polarity and mode), how much, when and where, and who asserts it; group",
      "the claims about the same thing from two or more sources (a document and its claimant),",
      "and flag where they disagree: one says a place was taken and another that it was not",
      "(polarity), quantities apart by more than the tolerance (value), or the same event on",
      "different dates (date). Each claim comes with its citation and its source's profile.",
      "See docs/claims.md."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = ".parley",
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--tolerance",
      paramLabel = "SHARE",
      defaultValue = "0.1",
      description =
          "How far apart two quantities may be and agree, as a share of the larger (default:"
              + " ${DEFAULT-VALUE}).")
  double tolerance;

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
    if (!(tolerance >= 0 && tolerance < 1)) {
      // one usage path for every command (ADR 0004): one line, a hint, exit code 2
      throw new Limits.UsageException(
          spec.commandLine(),
          "expected --tolerance from 0 up to 1 (a share of the larger quantity), but found "
              + tolerance,
          "0.1 (the default) lets two quantities agree when they differ by at most a tenth of the"
              + " larger");
    }
    ListClaims.Result r = ListClaims.run(workspace, tolerance);
    for (String message : r.messages()) {
      err.println(message);
    }
    err.flush();
    if (r.failed()) {
      return ExitCodes.INPUT;
    }
    out.print(format == OutputFormat.JSON ? r.json() : r.table());
    out.flush();
    return ExitCodes.OK;
  }
}
