package dev.parley.core.validate;

import java.util.Objects;

/**
 * One evidence id a scenario value cites, and where: the items a workspace must hold for the
 * scenario's citations to be checkable.
 *
 * @param where the place of the citation in the model, such as {@code
 *     profiles/russia/stances/territory/salience/evidence/0}
 * @param id the evidence id as written, such as {@code doc-3f2a#17}
 */
public record EvidenceCitation(ModelPath where, String id) {
  /** Validates the fields. */
  public EvidenceCitation {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(id, "id");
  }
}
