package dev.parley.store.evidence;

import java.util.List;
import java.util.Objects;

/**
 * The evidence a query selects, cut to its limit, with how many items it selects in all.
 *
 * @param items the items, at most the query's limit, in the query's order
 * @param total how many items the query selects before the limit (at least {@code items.size()})
 */
public record EvidencePage(List<StoredEvidence> items, long total) {
  /** Validates the fields and copies the list. */
  public EvidencePage {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (total < items.size()) {
      throw new IllegalArgumentException(
          "total " + total + " is below the " + items.size() + " items listed");
    }
  }

  /** Returns whether the limit left items out. */
  public boolean isCut() {
    return total > items.size();
  }
}
