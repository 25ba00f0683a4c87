package dev.parley.io.ktab;

import dev.parley.core.forecast.SpatialProblem;
import dev.parley.core.forecast.smp.SmpParameters;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A KTAB scenario: the spatial problem it describes (positions on 0–100, saliences as shares of
 * attention, 0 to 1), with the KTAB-specific settings the file carries.
 *
 * @param name the scenario's name
 * @param description the scenario's description
 * @param actorNames the actors' names exactly as written (KTAB prints them so)
 * @param dimensionNames the dimensions' names exactly as written (for a CSV, the position column's
 *     header)
 * @param problem the spatial problem; its actor and dimension names are the written ones, stripped
 * @param parameters the model parameters an XML scenario sets, or null for KTAB's defaults
 * @param accommodation {@code a[i][j]}, how far i's ideal moves toward j's position each turn, or
 *     null for the identity (ideals follow positions)
 * @param seed the XML scenario's PRNG seed, or null
 */
public record KtabScenario(
    String name,
    String description,
    List<String> actorNames,
    List<String> dimensionNames,
    SpatialProblem problem,
    @Nullable SmpParameters parameters,
    @Nullable List<List<Double>> accommodation,
    @Nullable Long seed) {
  /** Validates and copies the fields. */
  public KtabScenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    actorNames = List.copyOf(actorNames);
    dimensionNames = List.copyOf(dimensionNames);
    Objects.requireNonNull(problem, "problem");
    if (actorNames.size() != problem.actorCount()
        || dimensionNames.size() != problem.dimensionCount()) {
      throw new IllegalArgumentException("expected names for every actor and dimension");
    }
    accommodation =
        accommodation == null ? null : accommodation.stream().map(List::copyOf).toList();
  }

  /** Returns the accommodation matrix as arrays, or null for the identity. */
  public double @Nullable [][] accommodationMatrix() {
    List<List<Double>> a = accommodation;
    if (a == null) {
      return null;
    }
    double[][] out = new double[a.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }
}
