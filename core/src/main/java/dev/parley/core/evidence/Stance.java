package dev.parley.core.evidence;

/** An actor's declared attitude to an outcome on an issue. */
public enum Stance {
  /** The actor demands the outcome of another party. */
  DEMANDS,
  /** The actor rejects the outcome. */
  REJECTS,
  /** The actor proposes or offers the outcome. */
  PROPOSES,
  /** The actor accepts the outcome. */
  ACCEPTS,
  /** The actor declares the outcome one it will never accept. */
  RED_LINE
}
