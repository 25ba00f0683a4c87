package dev.parley.ingest.extract;

/**
 * The bounds extraction keeps to on one document, so that no text, however long or repetitive, can
 * make it run or grow without end. What lies beyond a bound is left out (or, for a sentence, read
 * in pieces) and reported as an {@code extraction-limit} warning for the document; what was found
 * up to the bound is kept.
 *
 * <p>The defaults are far above what real articles reach: in the shared corpus (about 1,500 news
 * articles, press releases and web pages) the longest sentence has 109 tokens, the busiest sentence
 * 5 events, and the richest document 419 items.
 *
 * @param sentenceTokens the most tokens a sentence may have; a longer one is read as consecutive
 *     pieces of this many tokens
 * @param eventsPerSentence the most events kept from one sentence (the first in text order)
 * @param itemsPerKind the most items of each kind (actor mentions, quotes, events, positions,
 *     predictions, numbers) kept from one document (the first in text order)
 */
public record ExtractionLimits(int sentenceTokens, int eventsPerSentence, int itemsPerKind) {
  /** The default limits: sentences of 250 tokens, 32 events a sentence, 20,000 items a kind. */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(250, 32, 20_000);

  /** Validates the fields. */
  public ExtractionLimits {
    if (sentenceTokens < 1 || eventsPerSentence < 1 || itemsPerKind < 1) {
      throw new IllegalArgumentException(
          "expected every limit to be at least 1, but found sentenceTokens="
              + sentenceTokens
              + ", eventsPerSentence="
              + eventsPerSentence
              + ", itemsPerKind="
              + itemsPerKind);
    }
  }
}
