package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.ensemble.EnsembleForecast;
import dev.parley.core.random.Seed;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code parley forecast}'s use case: the ensemble leads whichever models are asked for. */
class ForecastScenarioTest {
  private static final Path UKRAINE = ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml");

  private static ForecastScenario.Report report(List<String> models) {
    ForecastScenario.Result result = new ForecastScenario().run(UKRAINE, models, null);
    assertThat(result.report()).as("diagnostics %s", result.diagnostics()).isNotNull();
    return result.report();
  }

  @Test
  void ensemble_isTheSameWhicheverModelsAreAsked() {
    ForecastScenario.Report all = report(List.of());
    ForecastScenario.Report one = report(List.of("compromise"));
    assertThat(one.forecasts()).hasSize(1);
    assertThat(one.ensemble()).isEqualTo(all.ensemble());
  }

  @Test
  void ensemble_isTheShippedEnsembleRunOnTheScenario() {
    ForecastScenario.Report report = report(List.of("median"));
    EnsembleForecast direct = ForecastModels.ensemble().predict(report.problem(), Seed.of(0));
    assertThat(report.ensemble()).isEqualTo(direct);
    for (int k = 0; k < report.problem().dimensionCount(); k++) {
      assertThat(report.ensemble().interval(k, 0.8).contains(report.ensemble().outcome(k)))
          .isTrue();
    }
  }

  private static AnalyzeUncertainty.Options trials(int n) {
    AnalyzeUncertainty.Options d = AnalyzeUncertainty.Options.defaults();
    return new AnalyzeUncertainty.Options(
        n,
        Seed.of(3),
        1,
        null,
        List.of("compromise"),
        d.rounds(),
        d.horizonDays(),
        d.top(),
        true,
        true,
        false);
  }

  @Test
  void withUncertainty_oneLoadGivesWhatTheTwoUseCasesGiveApart() {
    AnalyzeUncertainty.Options options = trials(40);
    ForecastScenario.Result one =
        new ForecastScenario()
            .run(UKRAINE, List.of("compromise"), 3L, options, RunProgress.silent());
    assertThat(one.report()).isNotNull();
    assertThat(one.report().uncertainty()).isNotNull();

    ForecastScenario.Report forecast = report(List.of("compromise"), 3L);
    AnalyzeUncertainty.Report apart =
        new AnalyzeUncertainty().run(List.of(UKRAINE), options).report();
    assertThat(apart).isNotNull();
    assertThat(ForecastJson.write(one.report(), false, "test"))
        .isEqualTo(ForecastJson.write(forecast.withUncertainty(apart), false, "test"));
  }

  @Test
  void withoutUncertainty_theReportHasNone() {
    assertThat(report(List.of("median")).uncertainty()).isNull();
    assertThat(ForecastJson.write(report(List.of("median")), false, "test"))
        .doesNotContain("\"uncertainty\"");
  }

  private static ForecastScenario.Report report(List<String> models, long seed) {
    ForecastScenario.Result result = new ForecastScenario().run(UKRAINE, models, seed);
    assertThat(result.report()).as("diagnostics %s", result.diagnostics()).isNotNull();
    return result.report();
  }
}
