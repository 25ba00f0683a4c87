package dev.parley.core.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A published document a scenario cites: an article, a statement, a report.
 *
 * @param date the publication date, or null if unknown
 * @param url the document's address, or null if it has none
 */
public record Source(
    SourceId id,
    String outlet,
    String title,
    @Nullable LocalDate date,
    @Nullable String url,
    @Nullable String author) {
  /** Validates the fields. */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
  }

  /** Returns a one-line citation: outlet, title, date and address. */
  public String citation() {
    StringBuilder out = new StringBuilder(outlet).append(", \"").append(title).append('"');
    if (date != null) {
      out.append(", ").append(date);
    }
    if (url != null) {
      out.append(", ").append(url);
    }
    return out.toString();
  }
}
