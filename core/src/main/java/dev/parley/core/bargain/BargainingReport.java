package dev.parley.core.bargain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bargaining analysis of one problem: its frontier, zone of agreement, solutions, opposition,
 * logrolls and, when no package beats walking away for all, what would open the zone.
 *
 * @param concepts the names of the solution concepts evaluated, in report order
 * @param agreements the packages they select; a concept that selects none is absent
 * @param ideal each party's best utility over the rational packages; empty if none is rational
 * @param opposition the {@link OppositionLevel}; NaN if the frontier is incomplete or empty
 * @param opening what would open the zone, when it is empty and the frontier complete
 * @param logrollsUnsearched the pairs of issues too large for the logroll search
 */
public record BargainingReport(
    BargainingProblem problem,
    ParetoFrontier frontier,
    RationalCount rational,
    List<String> concepts,
    List<Agreement> agreements,
    List<Double> ideal,
    double opposition,
    List<Logroll> logrolls,
    @Nullable ZopaOpening opening,
    List<LogrollAnalysis.Unsearched> logrollsUnsearched) {
  /** Validates and copies the fields. */
  public BargainingReport {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(frontier, "frontier");
    Objects.requireNonNull(rational, "rational");
    concepts = List.copyOf(concepts);
    agreements = List.copyOf(agreements);
    ideal = List.copyOf(ideal);
    logrolls = List.copyOf(logrolls);
    logrollsUnsearched = List.copyOf(logrollsUnsearched);
  }

  /** Returns the package a concept selected, if it selected one. */
  public Optional<Agreement> agreement(String concept) {
    return agreements.stream().filter(a -> a.concept().equals(concept)).findFirst();
  }
}
