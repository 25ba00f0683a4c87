package dev.parley.core.claim;

import dev.parley.core.evidence.SourceProfile;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim is written.
 *
 * @param document the document's id in the workspace
 * @param outlet the document's outlet, or null
 * @param published the document's date, or null
 * @param url the document's address, or null
 * @param start where the words that state the claim start in the document's clean text
 * @param end where they end
 * @param sentence the sentence the claim sits in
 * @param extractor the extraction stage the claim rests on, with its version
 * @param evidence the id of the evidence item the claim rests on (an event or a number), or null
 *     when the claim rules found it in a sentence no extracted item codes that way
 * @param source the document's source profile
 */
public record ClaimCitation(
    String document,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable String url,
    int start,
    int end,
    String sentence,
    String extractor,
    @Nullable String evidence,
    SourceProfile source) {
  /** Validates the fields. */
  public ClaimCitation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "expected 0 <= start <= end, but found start=" + start + ", end=" + end);
    }
  }
}
