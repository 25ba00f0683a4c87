package dev.parley.store.workspace;

import dev.parley.core.evidence.DocumentId;
import java.util.Objects;

/**
 * A document that matched a full-text search.
 *
 * @param score Lucene's BM25 score; higher is better
 */
public record DocumentHit(DocumentId document, float score) {
  /** Validates the fields. */
  public DocumentHit {
    Objects.requireNonNull(document, "document");
  }
}
