package dev.parley.cli;

/** The exit codes of every command (docs/adr/0004-diagnostics.md). */
final class ExitCodes {
  /** The command did what was asked. */
  static final int OK = 0;

  /** Something went wrong inside Parley. */
  static final int INTERNAL = 1;

  /** The command line or an input file was wrong; diagnostics say where. */
  static final int INPUT = 2;

  private ExitCodes() {}
}
