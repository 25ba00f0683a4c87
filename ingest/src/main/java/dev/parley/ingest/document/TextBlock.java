package dev.parley.ingest.document;

import dev.parley.core.evidence.TextSpan;
import java.util.Objects;

/** One block of a document's body: where it lies in the body text and what it is. */
public record TextBlock(TextSpan span, BlockKind kind) {
  /** Validates the fields. */
  public TextBlock {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
