package dev.parley.store.workspace;

/**
 * What an ingestion run did with the documents it read.
 *
 * @param read the documents read from the inputs, duplicates included
 * @param stored the documents stored by this run
 * @param duplicates documents left out because an earlier one in the same run had the same content
 * @param alreadyPresent documents left out because the workspace already held them
 * @param failed inputs or documents that could not be read or extracted
 */
public record RunCounts(int read, int stored, int duplicates, int alreadyPresent, int failed) {
  /** Validates that no count is negative. */
  public RunCounts {
    if (read < 0 || stored < 0 || duplicates < 0 || alreadyPresent < 0 || failed < 0) {
      throw new IllegalArgumentException(
          "expected counts >= 0, but found "
              + read
              + ", "
              + stored
              + ", "
              + duplicates
              + ", "
              + alreadyPresent
              + ", "
              + failed);
    }
  }

  /** Returns the counts of a run that has done nothing yet. */
  public static RunCounts zero() {
    return new RunCounts(0, 0, 0, 0, 0);
  }
}
