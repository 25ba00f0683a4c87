package dev.parley.ingest.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a document besides its body; every field is null when the document does not
 * state it.
 *
 * @param author the person named in the byline, without "by" and without their job title
 * @param published the publication date as the document states it
 * @param outlet the publication, such as "AP News"
 * @param language the body's language as an ISO 639-1 code, such as "en"
 */
public record DocumentMetadata(
    @Nullable String title,
    @Nullable String author,
    @Nullable LocalDate published,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable String language) {
  private static final DocumentMetadata NONE =
      new DocumentMetadata(null, null, null, null, null, null);

  /** Returns metadata that states nothing. */
  public static DocumentMetadata none() {
    return NONE;
  }
}
