package dev.parley.store.evidence;

import dev.parley.core.evidence.ExtractedItem;
import java.util.Objects;

/**
 * An evidence item read back from a workspace, with its id, the sentence it sits in and its
 * citation.
 *
 * @param id the item's stable id: its document's id, {@code #}, and its position among the
 *     document's items
 * @param sentence the text of the sentence (or sentences) the item sits in
 */
public record StoredEvidence(String id, ExtractedItem item, String sentence, Citation citation) {
  /** Validates the fields. */
  public StoredEvidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(citation, "citation");
  }

  /** Returns the item's type. */
  public EvidenceType type() {
    return EvidenceType.of(item);
  }

  /** Returns the id of the item at a position among a document's items. */
  public static String idOf(dev.parley.core.evidence.DocumentId document, int ordinal) {
    return document.value() + "#" + ordinal;
  }
}
