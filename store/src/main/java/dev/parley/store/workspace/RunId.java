package dev.parley.store.workspace;

/** The id of an ingestion run in a workspace, counted from 1. */
public record RunId(long value) {
  /** Validates that the id is positive. */
  public RunId {
    if (value <= 0) {
      throw new IllegalArgumentException("expected a positive run id, but found " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
