package dev.parley.cli;

import dev.parley.app.MakeReport;
import dev.parley.app.RunStoppedException;
import dev.parley.report.HtmlReport;
import dev.parley.report.PdfReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley report}: one self-contained HTML file, and optionally the same as PDF. */
@Command(
    name = "report",
    header = "Write a self-contained HTML report with charts, and optionally a PDF.",
    mixinStandardHelpOptions = true,
    description = {
      "Write one HTML file that opens with no network: page one in plain words (who wants",
      "what, whether a deal beats walking away, the likely outcome per issue, the chance of an",
      "agreement, the levers, what the answer rests on, a glossary), then charts of the",
      "positions, the frontier of each pair, the forecasts by model, the levers, the tornado,",
      "the simulated talks and the evidence behind each value. Seeded: the same file gives the",
      "same bytes."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A scenario file.")
  Path input;

  @Option(
      names = "--out",
      defaultValue = "report.html",
      paramLabel = "FILE",
      description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the report as PDF.")
  @Nullable Path pdf;

  @Option(
      names = "--trials",
      defaultValue = "500",
      description = "Monte Carlo trials per variant, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "The seed; the same seed gives the same report (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin VerboseOption verbose;

  /** The clock and interrupts; tests set their own. */
  Surroundings surroundings = Surroundings.system();

  @Override
  public Integer call() {
    Limits.check(
        spec,
        "--trials",
        trials,
        1,
        Limits.MAX_TRIALS,
        "a report is a summary: 500 trials (the default) give about 2 points on a probability");
    MakeReport.Options d = MakeReport.Options.defaults();
    MakeReport.Options options =
        new MakeReport.Options(trials, d.simulatedTrials(), d.simulationRuns(), seed, d.threads());
    PrintWriter err = spec.commandLine().getErr();
    MakeReport.Result result;
    try (LongRun run = LongRun.start("parley report", err, surroundings)) {
      try {
        result = new MakeReport().run(input, options, run.progress());
      } catch (RunStoppedException e) {
        return run.stopped(e);
      }
    }
    err.print(result.printedDiagnostics());
    err.flush();
    MakeReport.Report report = result.report();
    if (report == null) {
      return ExitCodes.INPUT;
    }
    String html = HtmlReport.render(report, VersionProvider.version());
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      Files.writeString(out, html, StandardCharsets.UTF_8);
      stdout.println("wrote " + out + " (" + Limits.format(Files.size(out)) + " bytes)");
      if (pdf != null) {
        try (OutputStream stream = Files.newOutputStream(pdf)) {
          PdfReport.write(html, stream);
        }
        stdout.println("wrote " + pdf + " (" + Limits.format(Files.size(pdf)) + " bytes)");
      }
    } catch (IOException e) {
      err.println("parley report: error: cannot write the report: " + e.getMessage());
      err.println("  hint: check that the folder exists and is writable");
      err.flush();
      return ExitCodes.INPUT;
    }
    stdout.flush();
    return ExitCodes.OK;
  }
}
