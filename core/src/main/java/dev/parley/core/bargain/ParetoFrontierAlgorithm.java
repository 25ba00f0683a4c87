package dev.parley.core.bargain;

/** A way of computing the exact Pareto frontier of a {@link BargainingProblem}. */
public interface ParetoFrontierAlgorithm {
  /** Returns the frontier, or an incomplete one stating the bound an exact answer would pass. */
  ParetoFrontier compute(BargainingProblem problem);
}
