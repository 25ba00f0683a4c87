package dev.parley.core.claim;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The claims about one subject from different sources, and whether they disagree.
 *
 * @param subject what the claims are about (see {@link Claim#subject()})
 * @param claims the claims, in document date, document and position order; a claim before the
 *     claims its sentence sets against it
 * @param sources how many sources (document and claimant) make them
 * @param fields the fields on which two sources disagree, in the order {@code polarity}, {@code
 *     value}, {@code date}; empty when they agree
 */
public record ClaimGroup(String subject, List<Claim> claims, int sources, List<String> fields) {
  /** Validates and copies the fields. */
  public ClaimGroup {
    Objects.requireNonNull(subject, "subject");
    claims = List.copyOf(claims);
    fields = List.copyOf(fields);
  }

  /** Returns whether two sources disagree. */
  public boolean disagreement() {
    return !fields.isEmpty();
  }

  /** Returns the first field two sources disagree on, or null when they agree. */
  public @Nullable String field() {
    return fields.isEmpty() ? null : fields.get(0);
  }
}
