package dev.parley.cli;

/** The exit codes of every command (docs/adr/0004-diagnostics.md). */
final class ExitCodes {
  /** The command did what was asked. */
  static final int OK = 0;

  /** Something went wrong inside Parley, or it ran out of memory. */
  static final int INTERNAL = 1;

  /** The command line or an input file was wrong; diagnostics say where. */
  static final int INPUT = 2;

  /** The user stopped a run with Ctrl-C: 128 + SIGINT, as shells and the JVM report it. */
  static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
