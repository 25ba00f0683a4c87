package dev.parley.core.validate;

/** How serious a diagnostic is. */
public enum Severity {
  /** The input cannot be used; nothing is loaded. */
  ERROR,
  /** The input can be used, but probably does not say what its author meant. */
  WARNING;

  /** Returns the lower-case name printed in diagnostics. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
