package dev.parley.core.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about where a document comes from, derived from what ingestion stored about it
 * (docs/claims.md#source-profiles): whether its outlet and date are known, its byline, and what
 * kind of writing it is. Every evidence item inherits its document's profile.
 *
 * @param outletKnown whether the document names its outlet
 * @param dateKnown whether the document has a publication date
 * @param byline the author as the document prints it, or null when it names none
 * @param kind the kind of writing
 * @param basis why the kind was chosen: the rule that matched ({@code title prefix "Analysis:"}),
 *     or {@code no cue: assumed news report} when none did
 */
public record SourceProfile(
    boolean outletKnown,
    boolean dateKnown,
    @Nullable String byline,
    SourceKind kind,
    String basis) {
  /** The basis of a kind no rule chose. */
  public static final String ASSUMED = "no cue: assumed news report";

  /** Validates the fields. */
  public SourceProfile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(basis, "basis");
  }
}
