package dev.parley.core.ledger;

/** What became of a ledger entry's event. */
public enum Outcome {
  /** Not yet known. */
  UNRESOLVED,
  /** The event happened by the resolution date. */
  TRUE,
  /** The event did not happen by the resolution date. */
  FALSE,
  /** The question cannot be decided (its premise failed, or it was annulled); never scored. */
  VOID;

  /** Returns whether the outcome counts in a score: {@link #TRUE} or {@link #FALSE}. */
  public boolean isScored() {
    return this == TRUE || this == FALSE;
  }
}
