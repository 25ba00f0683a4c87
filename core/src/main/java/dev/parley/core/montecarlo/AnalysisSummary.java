package dev.parley.core.montecarlo;

/** What a {@link TrialAnalysis} concludes from all trials of a run. */
public sealed interface AnalysisSummary
    permits ForecastDistribution, BargainingDistribution, SimulationDistribution {
  /** Returns the name of the analysis summarised. */
  String analysis();
}
