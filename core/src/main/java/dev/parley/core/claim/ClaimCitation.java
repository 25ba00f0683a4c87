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
 * @param evidence the id of the evidence item the claim rests on: the extracted event or number its
 *     words are, else the extracted event that reports it ("said", "denied"), else the mention of
 *     its claimant; null when there is none of these (a claim in the outlet's own voice whose words
 *     no extracted event codes)
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

  /** Returns this citation resting on other evidence; on the same when {@code other} is null. */
  public ClaimCitation withEvidence(@Nullable String other) {
    return other == null
        ? this
        : new ClaimCitation(
            document, outlet, published, url, start, end, sentence, extractor, other, source);
  }
}
