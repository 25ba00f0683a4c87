package dev.parley.core.ledger;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A source that reports a prediction or its resolution.
 *
 * @param document the document's id or address, such as a workspace document id or a URL
 * @param evidence the evidence item's id within the document, or null when the whole document is
 *     cited
 * @param outlet the outlet that published it ("Reuters", "metaculus"), or null when unknown
 */
public record Citation(String document, @Nullable String evidence, @Nullable String outlet)
    implements Comparable<Citation> {
  private static final Comparator<Citation> ORDER =
      Comparator.comparing(Citation::document)
          .thenComparing(Citation::evidence, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Citation::outlet, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Validates that the document is named. */
  public Citation {
    Objects.requireNonNull(document, "document");
    if (document.isBlank()) {
      throw new IllegalArgumentException("expected a document reference, but found a blank one");
    }
  }

  /** Returns a citation of a whole document with no known outlet. */
  public static Citation of(String document) {
    return new Citation(document, null, null);
  }

  @Override
  public int compareTo(Citation other) {
    return ORDER.compare(this, other);
  }
}
