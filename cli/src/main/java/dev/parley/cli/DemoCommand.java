package dev.parley.cli;

import dev.parley.app.Demo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
      "simulated talks, each lever beside the baseline."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Demo.Result demo;
    try (Progress progress = Progress.start(spec.commandLine().getErr(), "demo")) {
      demo = Demo.run();
      progress.step();
    }
    out.println("Parley demo: " + demo.scenario().title());
    out.printf(
        java.util.Locale.ROOT,
        "Scenario %s: %d actors, %d issues, %d levers, %d sources; %d values cite a source, %d are named assumptions.%n%n",
        demo.resource(),
        demo.scenario().actors().size(),
        demo.scenario().issues().size(),
        demo.scenario().levers().size(),
        demo.scenario().sources().size(),
        demo.citedValues(),
        demo.assumptions().size());
    out.print(EvidenceTable.demo(demo.evidence(), Demo.DOCUMENTS, 3));
    out.println("ANALYSIS of the scenario");
    out.print(AnalysisTable.render(demo.report()));
    out.printf(
        java.util.Locale.ROOT,
        "%nFORECASTS UNDER UNCERTAINTY (%d Monte Carlo trials per variant; models %s;"
            + " more with parley forecast and parley uncertainty)%n",
        Demo.FORECAST_TRIALS,
        String.join(", ", Demo.FORECAST_MODELS));
    out.print(UncertaintyTable.render(demo.forecasts(), demo.agreementWithin()));
    out.printf(
        java.util.Locale.ROOT,
        "%nSIMULATED TALKS (%d seeded runs of stacked alternating offers between the scenario's"
            + " own agents, on its clock: rounds of %s days from %s, capped at %d; more with"
            + " parley simulate)%n",
        Demo.SIMULATION_RUNS,
        Days.of(demo.scenario().roundDays()),
        demo.scenario().asOf() == null ? "as_of" : demo.scenario().asOf().toString(),
        demo.simulation().settings().rounds());
    out.print(SimulationTable.renderBatch(demo.simulation()));
    out.flush();
    return ExitCodes.OK;
  }
}
