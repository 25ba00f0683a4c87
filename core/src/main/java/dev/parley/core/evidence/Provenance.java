package dev.parley.core.evidence;

import java.util.Objects;

/**
 * Where an extracted fact comes from: the document, the exact characters, the sentence they sit in,
 * and the extractor that found them with its confidence.
 *
 * @param span the characters of the fact itself, in the document's clean text
 * @param sentence the characters of the sentence containing the fact
 * @param extractor the name of the extraction stage, such as {@code quote-extractor}
 * @param extractorVersion the version of the stage's rules or model
 * @param confidence the stage's confidence in the fact, 0 to 1
 */
public record Provenance(
    DocumentId document,
    TextSpan span,
    TextSpan sentence,
    String extractor,
    String extractorVersion,
    double confidence) {
  /** Validates the fields. */
  public Provenance {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
    }
  }
}
