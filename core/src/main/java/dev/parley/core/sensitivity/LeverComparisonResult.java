package dev.parley.core.sensitivity;

import dev.parley.core.model.LeverId;
import dev.parley.core.montecarlo.MonteCarloResult;
import dev.parley.core.random.Seed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analyses of a scenario as it is and with each lever pulled alone, with the differences.
 *
 * @param outputs the names of the outputs compared, in column order
 * @param levers one per lever, in the scenario's order
 */
public record LeverComparisonResult(
    Seed seed, int trials, List<String> outputs, Variant baseline, List<LeverVariant> levers) {
  /** Validates and copies the fields. */
  public LeverComparisonResult {
    Objects.requireNonNull(seed, "seed");
    outputs = List.copyOf(outputs);
    Objects.requireNonNull(baseline, "baseline");
    levers = List.copyOf(levers);
  }

  /** Returns the variant of the lever with the given id, if there is one. */
  public Optional<LeverVariant> lever(LeverId id) {
    return levers.stream().filter(l -> l.lever().equals(id)).findFirst();
  }

  /**
   * One variant of the scenario under uncertainty.
   *
   * @param nominal every output with each number at its nominal value, in column order (NaN where
   *     undefined)
   */
  public record Variant(MonteCarloResult result, List<Double> nominal) {
    /** Validates and copies the fields. */
    public Variant {
      Objects.requireNonNull(result, "result");
      nominal = List.copyOf(nominal);
    }
  }

  /**
   * The scenario with one lever pulled, and how every output differs from the baseline.
   *
   * @param differences one per output, in column order
   */
  public record LeverVariant(
      LeverId lever, String name, Variant variant, List<OutputDifference> differences) {
    /** Validates and copies the fields. */
    public LeverVariant {
      Objects.requireNonNull(lever, "lever");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(variant, "variant");
      differences = List.copyOf(differences);
    }

    /** Returns the difference of the output with the given name, if there is one. */
    public Optional<OutputDifference> difference(String output) {
      return differences.stream().filter(d -> d.output().equals(output)).findFirst();
    }
  }

  /**
   * One output with and without the lever, over the trials where both define it.
   *
   * @param n the number of such trials
   * @param baseline the output's mean without the lever
   * @param pulled its mean with the lever
   * @param difference {@code pulled − baseline}
   * @param standardError the standard error of the difference, from the paired differences
   * @param nominalBaseline the output at nominal values without the lever
   * @param nominalPulled the output at nominal values with the lever
   */
  public record OutputDifference(
      String output,
      long n,
      double baseline,
      double pulled,
      double difference,
      double standardError,
      double nominalBaseline,
      double nominalPulled) {
    /** Validates the fields. */
    public OutputDifference {
      Objects.requireNonNull(output, "output");
    }
  }
}
