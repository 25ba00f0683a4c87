package dev.parley.core.claim;

import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.SourceProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sentence of a document with the evidence items extracted from it, as the claim rules read it.
 *
 * @param document the document's id
 * @param start where the sentence starts in the document's clean text
 * @param text the sentence
 * @param items the items whose sentence this is (mentions, events, quotes, numbers), with their ids
 * @param outlet the document's outlet, or null
 * @param published the document's date, or null
 * @param url the document's address, or null
 * @param source the document's source profile
 */
public record ClaimSentence(
    String document,
    int start,
    String text,
    List<Item> items,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable String url,
    SourceProfile source) {
  /**
   * An evidence item with its id.
   *
   * @param id the item's id in the workspace ({@code doc-…#n})
   */
  public record Item(String id, ExtractedItem item) {
    /** Validates the fields. */
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(item, "item");
    }
  }

  /** Validates and copies the fields. */
  public ClaimSentence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    items = List.copyOf(items);
    Objects.requireNonNull(source, "source");
  }
}
