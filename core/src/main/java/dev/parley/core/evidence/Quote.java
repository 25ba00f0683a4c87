package dev.parley.core.evidence;

import dev.parley.core.model.ActorId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Words a document puts between quotation marks, with the actor it attributes them to.
 *
 * <p>The provenance span covers the quoted words without the marks; the sentence span covers the
 * sentences from the one the quote opens in to the one it closes in.
 *
 * @param text the words between the marks, exactly as printed
 * @param speaker the actor the document attributes the words to, or null when it attributes them to
 *     no one
 * @param cue the speech word that attributes the quote, such as "said" or "warning", or null
 * @param scareQuote whether the marks set off a short phrase inside the author's own clause rather
 *     than reported speech
 * @param depth 0 for a quote in running text, 1 for a quote inside another quote, and so on
 */
public record Quote(
    String text,
    @Nullable ActorId speaker,
    @Nullable String cue,
    boolean scareQuote,
    int depth,
    Provenance provenance)
    implements ExtractedItem {
  /** Validates the fields. */
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (depth < 0) {
      throw new IllegalArgumentException("expected depth >= 0, but found " + depth);
    }
  }
}
