package dev.parley.core.montecarlo;

import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a model under uncertainty, in a fixed order: the order in which every trial draws
 * them.
 */
public final class ParameterSpace {
  private final List<Parameter> parameters;
  private final int[] uncertain;
  private final Quantiles.Inverse[] inverse;
  private final Map<String, Integer> byName = new HashMap<>();

  private ParameterSpace(List<Parameter> parameters) {
    this.parameters = List.copyOf(parameters);
    List<Integer> u = new ArrayList<>();
    for (int p = 0; p < this.parameters.size(); p++) {
      Parameter parameter = this.parameters.get(p);
      if (byName.putIfAbsent(parameter.name(), p) != null) {
        throw new IllegalArgumentException(
            "expected unique parameter names, but found " + parameter.name() + " twice");
      }
      if (parameter.isUncertain()) {
        u.add(p);
      }
    }
    this.uncertain = u.stream().mapToInt(Integer::intValue).toArray();
    this.inverse = new Quantiles.Inverse[this.parameters.size()];
    for (int p = 0; p < inverse.length; p++) {
      inverse[p] = Quantiles.compile(this.parameters.get(p).distribution());
    }
  }

  /** Returns the space of the given parameters, in the given order. */
  public static ParameterSpace of(List<Parameter> parameters) {
    return new ParameterSpace(parameters);
  }

  /**
   * Returns the numbers of a scenario's profiles: per profile in order, its capability, reservation
   * and patience, then per issue in scenario order its ideal, salience and each option's utility in
   * option order, named by their model paths.
   */
  public static ParameterSpace from(Scenario scenario) {
    return ScenarioLayout.of(scenario).parameters();
  }

  /** Returns the number of parameters. */
  public int size() {
    return parameters.size();
  }

  /** Returns parameter {@code p}. */
  public Parameter get(int p) {
    return parameters.get(p);
  }

  /** Returns every parameter, in order. */
  public List<Parameter> all() {
    return parameters;
  }

  /** Returns the index of the parameter with the given name, or -1. */
  public int indexOf(String name) {
    Integer p = byName.get(name);
    return p == null ? -1 : p;
  }

  /** Returns the indexes of the uncertain parameters, in order, as a new array. */
  public int[] uncertain() {
    return uncertain.clone();
  }

  /** Returns the number of uncertain parameters. */
  public int uncertainCount() {
    return uncertain.length;
  }

  /** Returns every parameter's nominal value, as a new array. */
  public double[] nominal() {
    double[] x = new double[parameters.size()];
    for (int p = 0; p < x.length; p++) {
      x[p] = parameters.get(p).nominal();
    }
    return x;
  }

  /**
   * Writes every parameter's value at its probability {@code u[p]} to {@code x[p]}: the same values
   * as {@link Parameter#quantile}, with each distribution's constants computed once.
   */
  public void quantiles(double[] u, double[] x) {
    for (int p = 0; p < inverse.length; p++) {
      x[p] = quantile(p, u[p]);
    }
  }

  /**
   * Returns parameter {@code p}'s value at probability {@code u}: {@link Parameter#quantile}, with
   * the distribution's constants computed once.
   */
  public double quantile(int p, double u) {
    Parameter parameter = parameters.get(p);
    return Math.min(parameter.max(), Math.max(parameter.min(), inverse[p].at(u)));
  }
}
