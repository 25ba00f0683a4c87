package dev.parley.ingest.extract;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.source.IngestDiagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Everything extraction found in one document: the actors it mentions and the evidence items, each
 * with provenance into the document's text, and the warnings extraction has about the document.
 *
 * @param actors the actors the document mentions, in order of first mention
 * @param items every item found, grouped by kind (mentions, quotes, events, positions, predictions,
 *     numbers) and in text order within each kind
 * @param diagnostics warnings about the document, such as an {@code extraction-limit} it reached or
 *     a number out of range; the items are complete up to what they say
 */
public record DocumentEvidence(
    Document document,
    List<FoundActor> actors,
    List<ExtractedItem> items,
    List<IngestDiagnostic> diagnostics) {
  /** Validates and copies the fields. */
  public DocumentEvidence {
    Objects.requireNonNull(document, "document");
    actors = List.copyOf(actors);
    items = List.copyOf(items);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Returns the evidence of a document extraction had no warnings about. */
  public DocumentEvidence(Document document, List<FoundActor> actors, List<ExtractedItem> items) {
    this(document, actors, items, List.of());
  }

  /** Returns the items of one kind, such as {@code Quote.class}. */
  public <T extends ExtractedItem> List<T> itemsOf(Class<T> kind) {
    return items.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Returns the actor mentions. */
  public List<ActorMention> mentions() {
    return itemsOf(ActorMention.class);
  }

  /** Returns the quotes. */
  public List<Quote> quotes() {
    return itemsOf(Quote.class);
  }

  /** Returns the events. */
  public List<EventMention> events() {
    return itemsOf(EventMention.class);
  }

  /** Returns the stated positions. */
  public List<PositionClaim> positions() {
    return itemsOf(PositionClaim.class);
  }

  /** Returns the predictions. */
  public List<Prediction> predictions() {
    return itemsOf(Prediction.class);
  }

  /** Returns the numbers. */
  public List<NumberMention> numbers() {
    return itemsOf(NumberMention.class);
  }
}
