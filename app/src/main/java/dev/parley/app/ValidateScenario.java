package dev.parley.app;

import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Assumption;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.LoadResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The use case behind {@code parley validate}: every problem in a scenario in one pass, and the
 * values that rest on assumptions rather than sources.
 */
public final class ValidateScenario {
  private ValidateScenario() {}

  /** Validates the scenario the inputs describe, with the drifts of its profiles. */
  public static Result run(List<Path> inputs) {
    LoadResult<DriftingScenario> drifting = ScenarioInputs.loadDrifting(inputs);
    DriftingScenario value = drifting.value();
    Scenario scenario = value == null ? null : value.scenario();
    LoadResult<Scenario> loaded =
        new LoadResult<>(scenario, drifting.diagnostics(), drifting.sourceMap());
    List<Assumption> assumptions =
        scenario == null ? List.of() : ScenarioValidator.assumptions(scenario);
    return new Result(loaded, assumptions);
  }

  /**
   * What validation found.
   *
   * @param assumptions the values that cite nothing; empty if the scenario did not load
   */
  public record Result(LoadResult<Scenario> loaded, List<Assumption> assumptions) {
    /** Copies the fields. */
    public Result {
      assumptions = List.copyOf(assumptions);
    }
  }
}
