package dev.parley.app;

import dev.parley.core.model.Scenario;
import dev.parley.core.sensitivity.DriftValidator;
import dev.parley.core.sensitivity.DriftingScenario;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.FileFormat;
import dev.parley.io.ScenarioImport;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Loads the scenario a command names: one Parley scenario file, or a GENIUS / GeniusWeb domain
 * followed by its profiles (the parties, in the order given), the format told by content.
 */
public final class ScenarioInputs {
  private ScenarioInputs() {}

  /**
   * Returns the loaded scenario, or the diagnostics that stopped it.
   *
   * @param inputs a scenario file, or a domain file followed by one profile file per party
   */
  public static LoadResult<Scenario> load(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("expected at least one input file, but found none");
    }
    Path first = inputs.get(0);
    FileFormat format = FileFormat.detect(first).orElse(null);
    boolean interchange = format == FileFormat.GENIUS_XML || format == FileFormat.GENIUSWEB_JSON;
    if (interchange || inputs.size() > 1) {
      return ScenarioImport.read(first, inputs.subList(1, inputs.size()));
    }
    return ScenarioReader.read(first);
  }

  /**
   * Returns the loaded scenario with the drifts of its profiles, or the diagnostics that stopped
   * it; imported domains have no drifts.
   *
   * @param inputs a scenario file, or a domain file followed by one profile file per party
   */
  public static LoadResult<DriftingScenario> loadDrifting(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("expected at least one input file, but found none");
    }
    Path first = inputs.get(0);
    FileFormat format = FileFormat.detect(first).orElse(null);
    boolean interchange = format == FileFormat.GENIUS_XML || format == FileFormat.GENIUSWEB_JSON;
    if (interchange || inputs.size() > 1) {
      LoadResult<Scenario> imported = ScenarioImport.read(first, inputs.subList(1, inputs.size()));
      Scenario scenario = imported.value();
      return new LoadResult<>(
          scenario == null ? null : new DriftingScenario(scenario, List.of()),
          imported.diagnostics(),
          imported.sourceMap());
    }
    return checkDrifts(ScenarioReader.readDrifting(first), first.toString());
  }

  /**
   * Returns the load result unchanged, or a failure when a drift leaves its value's range at some
   * round ({@link DriftValidator}), each error at the drift's line.
   */
  static LoadResult<DriftingScenario> checkDrifts(
      LoadResult<DriftingScenario> loaded, String file) {
    DriftingScenario drifting = loaded.value();
    if (drifting == null || drifting.drifts().isEmpty()) {
      return loaded;
    }
    List<Diagnostic> found = DriftValidator.validate(drifting);
    if (found.isEmpty()) {
      return loaded;
    }
    List<LocatedDiagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    for (Diagnostic d : found) {
      diagnostics.add(new LocatedDiagnostic(d, file, loaded.sourceMap().locate(d.where())));
    }
    diagnostics.sort(
        Comparator.comparingInt(LocatedDiagnostic::line)
            .thenComparingInt(LocatedDiagnostic::column));
    return LoadResult.failure(diagnostics);
  }

  /**
   * Returns the load result unchanged, or a failure when the scenario loaded but has fewer than
   * {@code minimum} profiles: the format allows a scenario without preferences (for evidence work),
   * but analyses need them.
   *
   * @param purpose what the profiles are needed for, as in "to analyse the bargaining"
   */
  public static LoadResult<Scenario> requireProfiles(
      LoadResult<Scenario> loaded, String file, int minimum, String purpose) {
    return requireProfiles(loaded, s -> s, file, minimum, purpose);
  }

  /**
   * Returns the load result unchanged, or a failure when what loaded holds a scenario with fewer
   * than {@code minimum} profiles.
   *
   * @param scenarioOf the scenario of what loaded
   * @param purpose what the profiles are needed for, as in "to analyse the bargaining"
   */
  public static <T> LoadResult<T> requireProfiles(
      LoadResult<T> loaded,
      Function<T, Scenario> scenarioOf,
      String file,
      int minimum,
      String purpose) {
    T value = loaded.value();
    if (value == null) {
      return loaded;
    }
    Scenario scenario = scenarioOf.apply(value);
    if (scenario.profiles().size() >= minimum) {
      return loaded;
    }
    ModelPath at = ModelPath.of("profiles");
    List<LocatedDiagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    diagnostics.add(
        new LocatedDiagnostic(
            Diagnostic.error(
                "missing-key",
                at,
                "expected 'profiles' with at least "
                    + minimum
                    + (minimum == 1 ? " actor's preferences " : " actors' preferences ")
                    + purpose
                    + ", but found "
                    + scenario.profiles().size(),
                "add a profile for each bargaining actor; see docs/scenario-format.md"),
            file,
            loaded.sourceMap().contains(at)
                ? loaded.sourceMap().locate(at)
                : loaded.sourceMap().locate(ModelPath.root())));
    return LoadResult.failure(diagnostics);
  }
}
