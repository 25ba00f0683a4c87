package dev.parley.core.ledger;

/**
 * Where a ledger entry's {@code made_on} comes from, so that a reader can tell a date the sources
 * give from one the analyst assumed (docs/ledger.md).
 */
public enum DateBasis {
  /** The sentence dates the statement itself ("said on Sunday", "on August 17"). */
  STATEMENT,
  /** The publication date of the document that reports it. */
  DOCUMENT,
  /**
   * Assumed by the analyst for an undated document ({@code parley ledger --undated-as}): not a fact
   * of the sources.
   */
  ASSUMED,
  /** The date the forecast record carries: a market's freeze date, the day Parley's model ran. */
  RECORD
}
