package dev.parley.core.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Another wording of an entry's prediction, merged into it by {@link Ledger#mergeRewordings}: the
 * id that wording would have on its own (so that a resolution recorded under it still finds the
 * entry), the words, and the sources that report it in those words.
 *
 * @param id the id derived from the entry's speaker and these words
 * @param what the statement as printed
 * @param citations the sources of this wording, sorted, at least one
 */
public record Rewording(LedgerEntryId id, String what, List<Citation> citations)
    implements Comparable<Rewording> {
  /** Validates and copies the fields. */
  public Rewording {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(what, "what");
    citations = citations.stream().distinct().sorted().toList();
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("expected at least one citation, but found none");
    }
  }

  @Override
  public int compareTo(Rewording other) {
    return id.compareTo(other.id);
  }
}
