package dev.parley.ingest.source;

import dev.parley.core.evidence.DocumentId;
import java.util.Objects;

/**
 * A document that was read but left out because an earlier input had the same normalised body.
 *
 * @param origin where the duplicate was read from
 * @param id the id both documents share
 * @param firstOrigin where the document that was kept came from
 */
public record Duplicate(String origin, DocumentId id, String firstOrigin) {
  /** Validates the fields. */
  public Duplicate {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstOrigin, "firstOrigin");
  }
}
