package dev.parley.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a command that analyses its inputs ends: the diagnostics on standard error, then the report
 * on standard output as a table or JSON, or exit code 2 when the inputs gave no report.
 */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * Prints the diagnostics and the report, and returns the exit code.
   *
   * @param diagnostics the diagnostics as printed, one located line each
   * @param report null when the inputs had errors
   * @param json the report as JSON
   * @param table the report as a table
   */
  static <R> int print(
      CommandSpec spec,
      OutputFormat format,
      String diagnostics,
      @Nullable R report,
      Function<R, String> json,
      Function<R, String> table) {
    PrintWriter err = spec.commandLine().getErr();
    err.print(diagnostics);
    err.flush();
    if (report == null) {
      return ExitCodes.INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == OutputFormat.JSON ? json.apply(report) : table.apply(report));
    out.flush();
    return ExitCodes.OK;
  }
}
