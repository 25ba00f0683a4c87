package dev.parley.cli;

import dev.parley.core.sensitivity.ConcessionAnalysis;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The largest count each option takes, so that no command line asks for work or memory without
 * bound: beyond it the option is a usage error, one line and a hint (docs/uncertainty.md lists
 * them).
 */
final class Limits {
  /** Monte Carlo trials per variant ({@code uncertainty}, {@code forecast}). */
  static final int MAX_TRIALS = 1_000_000;

  /** Seeded runs of {@code simulate}. */
  static final int MAX_RUNS = 100_000;

  /** The cap on the rounds of one simulated run ({@code simulate --rounds}). */
  static final int MAX_RUN_ROUNDS = 100_000;

  /** The horizon of the concession analysis ({@code uncertainty --rounds}). */
  static final int MAX_CONCESSION_ROUNDS = ConcessionAnalysis.MAX_ROUNDS;

  /** Worker threads. */
  static final int MAX_THREADS = 1024;

  /** The horizon of {@code p_agreement_within}, in days: a century. */
  static final int MAX_HORIZON_DAYS = 36_500;

  /** Nash packages listed ({@code uncertainty --top}). */
  static final int MAX_TOP = 1000;

  /** Bootstrap replicates ({@code evaluate --bootstrap}). */
  static final int MAX_BOOTSTRAP = 100_000;

  private Limits() {}

  /**
   * Throws a usage error unless {@code min ≤ value ≤ max}.
   *
   * @param hint what the option means for the work, for the hint line
   */
  static void check(
      CommandSpec spec, String option, double value, long min, long max, String hint) {
    if (!(value >= min && value <= max)) {
      throw new UsageException(
          spec.commandLine(),
          "expected "
              + option
              + " from "
              + format(min)
              + " to "
              + format(max)
              + ", but found "
              + (value == Math.rint(value) && Math.abs(value) < 1e18
                  ? Long.toString((long) value)
                  : Double.toString(value)),
          hint);
    }
  }

  /** Returns a count with thousands separators. */
  static String format(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A usage error with its hint, printed as one line and the hint (see {@link ParleyCommand}). */
  static final class UsageException extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    UsageException(CommandLine commandLine, String message, String hint) {
      super(commandLine, message);
      this.hint = hint;
    }

    /** Returns the hint. */
    String hint() {
      return hint;
    }
  }
}
