package dev.parley.cli;

/** How a command prints its result. */
enum OutputFormat {
  /** Aligned text for people. */
  TABLE,
  /** JSON for machines, in the layout of docs/schema/. */
  JSON
}
