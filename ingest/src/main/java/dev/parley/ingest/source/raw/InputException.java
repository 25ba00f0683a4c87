package dev.parley.ingest.source.raw;

import java.util.Objects;

/** Thrown by a format reader when an input cannot be read at all; it carries the problem. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient InputProblem problem;

  /** Creates an exception for a problem. */
  public InputException(InputProblem problem) {
    super(problem.code() + ": " + problem.message());
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Creates an exception for a problem with the exception that revealed it. */
  public InputException(InputProblem problem, Throwable cause) {
    super(problem.code() + ": " + problem.message(), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Returns the problem. */
  public InputProblem problem() {
    return problem;
  }
}
