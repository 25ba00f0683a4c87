package dev.parley.store.evidence;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.SourceKind;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.evidence.TextSpan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Where an evidence item is written: the document's outlet, title and date, its id, and the
 * characters of the item in its clean text.
 *
 * @param origin the file, URL or {@code file#entry} the document was first read from
 * @param span the item's characters in the document's clean text
 * @param source the document's source profile (docs/claims.md#source-profiles)
 */
public record Citation(
    DocumentId document,
    String origin,
    @Nullable String outlet,
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String url,
    TextSpan span,
    SourceProfile source) {
  /** Validates the fields. */
  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Creates a citation whose document was not profiled: its outlet and date known as given, no
   * byline, and the kind assumed to be a news report.
   */
  public Citation(
      DocumentId document,
      String origin,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable LocalDate published,
      @Nullable String url,
      TextSpan span) {
    this(
        document,
        origin,
        outlet,
        title,
        published,
        url,
        span,
        new SourceProfile(
            outlet != null && !outlet.isBlank(),
            published != null,
            null,
            SourceKind.NEWS_REPORT,
            SourceProfile.ASSUMED));
  }

  /**
   * Returns the citation as one line: outlet, quoted title and date where known, then the document
   * id and the character span, such as {@code AP News, "Talks stall", 2025-08-19, doc-… [120,
   * 164)}.
   */
  public String format() {
    StringJoiner parts = new StringJoiner(", ");
    if (outlet != null) {
      parts.add(outlet);
    }
    if (title != null) {
      parts.add("\u201c" + title + "\u201d");
    }
    if (published != null) {
      parts.add(published.toString());
    }
    if (outlet == null && title == null) {
      parts.add(origin);
    }
    parts.add(document.value() + " [" + span.start() + ", " + span.end() + ")");
    return parts.toString();
  }
}
