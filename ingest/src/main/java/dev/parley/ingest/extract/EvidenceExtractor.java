package dev.parley.ingest.extract;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.actor.ActorDirectory;
import dev.parley.ingest.extract.actor.ActorRecognizer;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.claim.PositionInferrer;
import dev.parley.ingest.extract.claim.PredictionExtractor;
import dev.parley.ingest.extract.event.EventExtractor;
import dev.parley.ingest.extract.event.IssueVocabulary;
import dev.parley.ingest.extract.number.NumberExtractor;
import dev.parley.ingest.extract.quote.QuoteExtractor;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Extracts the evidence of a document: actors, quotes, events, positions, predictions and numbers,
 * each with provenance.
 *
 * <p>The stages run in order, each reading what the earlier ones found: sentences and tokens
 * (OpenNLP sentence model, rule tokenizer), actor mentions (registry and scenario aliases), quotes
 * and their speakers, events in PLOVER and the negotiation vocabulary, predictions, positions on
 * the scenario's issues, and numbers. A prediction replaces the statement event of the same person
 * in the same sentence by a {@code predict} event. Instances are immutable and thread-safe; the
 * OpenNLP model is loaded once per instance.
 */
public final class EvidenceExtractor {
  /** The name recorded in the provenance of actor mentions. */
  public static final String ACTOR_STAGE = "actor-recognizer";

  /** The version of the actor rules and registry. */
  public static final String ACTOR_VERSION = "1";

  private final TextAnalyzer analyzer;
  private final ActorRecognizer recognizer;
  private final List<Issue> issues;

  private EvidenceExtractor(TextAnalyzer analyzer, ActorDirectory directory, List<Issue> issues) {
    this.analyzer = analyzer;
    this.recognizer = new ActorRecognizer(directory);
    this.issues = List.copyOf(issues);
  }

  /** Returns an extractor with the built-in actor registry and the default issue vocabulary. */
  public static EvidenceExtractor withBuiltInRegistry() {
    return new EvidenceExtractor(TextAnalyzer.english(), ActorDirectory.builtIn(), List.of());
  }

  /**
   * Returns an extractor that recognises the given directory's actors and links positions to the
   * given issues' options.
   */
  public static EvidenceExtractor of(ActorDirectory directory, Collection<Issue> issues) {
    return new EvidenceExtractor(TextAnalyzer.english(), directory, List.copyOf(issues));
  }

  /**
   * Returns an extractor for a scenario's actors (overlaid on the built-in registry) and issues.
   */
  public static EvidenceExtractor forScenario(Collection<Actor> actors, Collection<Issue> issues) {
    return of(ActorDirectory.builtIn().withScenarioActors(actors), issues);
  }

  /** Extracts the evidence of one document. */
  public DocumentEvidence extract(Document document) {
    AnalyzedText text = analyzer.analyze(document);
    Mentions mentions = recognizer.recognize(text, document.metadata().published());
    ShallowParse parse = new ShallowParse(text, mentions);
    List<ExtractedItem> items = new ArrayList<>();
    for (int m = 0; m < mentions.count(); m++) {
      int s = text.sentenceOf(mentions.start(m));
      items.add(
          new ActorMention(
              mentions.actorId(m),
              text.text(mentions.start(m), mentions.end(m)),
              mentions.kind(m),
              new Provenance(
                  document.id(),
                  text.span(mentions.start(m), mentions.end(m)),
                  text.sentenceSpan(s),
                  ACTOR_STAGE,
                  ACTOR_VERSION,
                  mentions.actors().get(mentions.actor(m)).known() ? 0.9 : 0.6)));
    }
    List<Quote> quotes = QuoteExtractor.extract(document.id(), parse);
    items.addAll(quotes);
    List<EventMention> events = EventExtractor.extract(document.id(), parse);
    List<Prediction> predictions =
        PredictionExtractor.extract(document.id(), parse, quotes, document.metadata().published());
    events = withPredictions(events, predictions);
    items.addAll(events);
    items.addAll(PositionInferrer.infer(document.text(), events, issues));
    items.addAll(predictions);
    items.addAll(NumberExtractor.extract(document.id(), text));
    return new DocumentEvidence(document, mentions.actors(), items);
  }

  private static List<EventMention> withPredictions(
      List<EventMention> events, List<Prediction> predictions) {
    List<EventMention> out = new ArrayList<>();
    for (EventMention e : events) {
      boolean replaced = false;
      if (e.action() == EventAction.STATEMENT
          || e.action() == EventAction.PREDICT
          || (e.action() == EventAction.PROPOSE
              && e.plover() != null
              && e.trigger().startsWith("sugg"))) {
        for (Prediction p : predictions) {
          if (p.provenance().sentence().equals(e.provenance().sentence())
              && e.sources().contains(p.who())) {
            replaced = true;
          }
        }
      }
      if (!replaced) {
        out.add(e);
      }
    }
    for (Prediction p : predictions) {
      IssueId issue = issueOf(p);
      out.add(
          new EventMention(
              EventAction.PREDICT,
              null,
              null,
              List.of(),
              List.of(p.who()),
              List.<ActorId>of(),
              false,
              true,
              false,
              issue,
              "predict",
              p.provenance()));
    }
    out.sort(
        (a, b) ->
            Integer.compare(a.provenance().sentence().start(), b.provenance().sentence().start()));
    return out;
  }

  private static IssueId issueOf(Prediction p) {
    IssueId issue = IssueVocabulary.firstIn(p.what());
    return issue == null || issue.value().equals("peace_deal") ? IssueVocabulary.OTHER : issue;
  }
}
