package dev.parley.cli;

import dev.parley.app.Demo;
import dev.parley.report.HtmlReport;
import dev.parley.report.TextBrief;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley demo}: the bundled Ukraine 2025 example, end to end. */
@Command(
    name = "demo",
    header = "Run the bundled Ukraine 2025 example end to end.",
    mixinStandardHelpOptions = true,
    description = {
      "Run the bundled example end to end: the sample documents of examples/ukraine-2025",
      "ingested into a temporary workspace with the evidence they yield (quotes, demands,",
      "rejections, each with its citation), then the 2025 Russia-Ukraine peace talks scenario",
      "validated and analysed, every value citing its source; forecasts under uncertainty and",
      "simulated talks, each lever beside the baseline. Prints a brief of at most 60 lines and",
      "writes the full HTML report with charts (--out); --full prints every table instead."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      defaultValue = "parley-demo.html",
      paramLabel = "FILE",
      description = "The HTML report to write (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(
      names = "--full",
      description = "Print every table (evidence, analysis, forecasts, levers, simulated talks).")
  boolean full;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = report.toAbsolutePath().normalize().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      err.println("parley demo: error: cannot write the report " + report + ": no such folder");
      err.println("  hint: give a file in an existing folder with --out");
      err.flush();
      return ExitCodes.INPUT;
    }
    Demo.Result demo;
    try (Progress progress = Progress.start(err, "demo")) {
      demo = Demo.run();
      progress.step();
    }
    Path written = report.toAbsolutePath().normalize();
    try {
      Files.writeString(
          report,
          HtmlReport.render(demo.analysis(), VersionProvider.version()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("parley demo: error: cannot write the report " + report + ": " + e.getMessage());
      err.println("  hint: give a writable file with --out");
      err.flush();
      return ExitCodes.INPUT;
    }
    if (!full) {
      out.print(TextBrief.demo(demo, written.toString()));
      out.flush();
      return ExitCodes.OK;
    }
    Demo.Counts counts = demo.counts();
    out.println("Parley demo: " + demo.title());
    out.printf(
        java.util.Locale.ROOT,
        "Scenario %s: %d actors, %d issues, %d levers, %d sources; %d values cite a source, %d are named assumptions.%n%n",
        demo.resource(),
        counts.actors(),
        counts.issues(),
        counts.levers(),
        counts.sources(),
        demo.citedValues(),
        demo.assumptions().size());
    out.print(EvidenceTable.demo(demo.evidence(), Demo.DOCUMENTS, 3));
    out.println("ANALYSIS of the scenario");
    out.print(AnalysisTable.demo(demo));
    out.printf(
        java.util.Locale.ROOT,
        "%nFORECASTS UNDER UNCERTAINTY (%d Monte Carlo trials per variant; models %s;"
            + " more with parley forecast and parley uncertainty)%n",
        Demo.FORECAST_TRIALS,
        String.join(", ", Demo.FORECAST_MODELS));
    out.print(UncertaintyTable.demo(demo));
    readings(out, demo);
    out.printf(
        java.util.Locale.ROOT,
        "%nSIMULATED TALKS (%d seeded runs of stacked alternating offers between the scenario's"
            + " own agents, on its clock: rounds of %s days from %s, capped at %d; more with"
            + " parley simulate)%n",
        Demo.SIMULATION_RUNS,
        Days.of(demo.roundDays()),
        asOf(demo),
        demo.simulation().settings().rounds());
    out.print(SimulationTable.renderBatch(demo.simulation()));
    out.println();
    out.println("The HTML report with charts: " + written);
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Sets the two readings of the territorial demands side by side: as the articles report them (red
   * lines, a deadlock) and softened into preferences (the variant), each probability with its event
   * and horizon.
   */
  private static void readings(PrintWriter out, Demo.Result demo) {
    Demo.Readings readings = demo.readings();
    String asOf = asOf(demo);
    out.printf(
        java.util.Locale.ROOT,
        "%nTWO READINGS OF THE TERRITORIAL DEMANDS (each probability names its event and horizon)%n"
            + "  as reported: Russia's demand that Ukraine leave four regions and Kyiv's refusal are"
            + " red lines (%s)%n"
            + "  softened: the same demands as strong preferences, everything else equal (%s)%n",
        Demo.SCENARIO,
        readings.softenedResource());
    String row = "  %-58s %-27s %s%n";
    out.printf(java.util.Locale.ROOT, row, "", "as reported", "softened");
    out.printf(
        java.util.Locale.ROOT,
        row,
        "P(a zone of agreement exists at " + asOf + ")",
        share(readings.zoneAsReported()),
        share(readings.zoneSoftened()));
    out.printf(
        java.util.Locale.ROOT,
        row,
        "P(agreement within " + Days.of(readings.horizonDays()) + " days of " + asOf + ")",
        share(readings.agreementAsReported()),
        share(readings.agreementSoftened()));
    out.printf(
        java.util.Locale.ROOT,
        "  (p_zone_exists and p_agreement_within: shares of seeded Monte Carlo trials over the"
            + " scenarios' ranges; ± one standard error)%n");
  }

  private static String asOf(Demo.Result demo) {
    return demo.asOf() == null ? "as_of" : String.valueOf(demo.asOf());
  }

  private static String share(Demo.Share p) {
    return String.format(
        java.util.Locale.ROOT,
        "%.1f%% ± %.1f%% (%,d of %,d)",
        100 * p.share(),
        100 * p.standardError(),
        p.count(),
        p.total());
  }
}
