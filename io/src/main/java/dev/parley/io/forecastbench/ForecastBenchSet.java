package dev.parley.io.forecastbench;

import dev.parley.core.ledger.LedgerEntry;
import java.util.List;

/**
 * A ForecastBench question set joined to its resolution set, as ledger entries, with counts of what
 * was left out and why.
 *
 * @param entries one entry per market question, with its resolution where the resolution set has
 *     one, sorted by id
 * @param questions how many questions the question set holds
 * @param referenceValueQuestions questions from dataset sources (ACLED, DBnomics, FRED, Wikipedia,
 *     yfinance) whose freeze value is a reference value, not a probability; left out
 * @param skippedQuestions questions left out with a warning (malformed or repeated)
 * @param resolutionRows how many rows the resolution set holds
 * @param combinationRows rows with a list of ids (combination questions); left out
 * @param otherRows rows of questions that are not among the entries; left out
 */
public record ForecastBenchSet(
    List<LedgerEntry> entries,
    int questions,
    int referenceValueQuestions,
    int skippedQuestions,
    int resolutionRows,
    int combinationRows,
    int otherRows) {
  /** Copies the list. */
  public ForecastBenchSet {
    entries = List.copyOf(entries);
  }
}
