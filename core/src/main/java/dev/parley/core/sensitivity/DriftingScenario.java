package dev.parley.core.sensitivity;

import dev.parley.core.model.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * A scenario together with the drifts of its numbers over bargaining rounds, as the scenario reader
 * reads them from the {@code drift:} key of each profile.
 *
 * @param drifts in profile order, and within a profile in the order written
 */
public record DriftingScenario(Scenario scenario, List<Drift> drifts) {
  /** Validates and copies the fields. */
  public DriftingScenario {
    Objects.requireNonNull(scenario, "scenario");
    drifts = List.copyOf(drifts);
  }
}
