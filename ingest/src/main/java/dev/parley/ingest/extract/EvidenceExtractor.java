package dev.parley.ingest.extract;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.validate.Severity;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.actor.ActorDirectory;
import dev.parley.ingest.extract.actor.ActorRecognizer;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.claim.PositionInferrer;
import dev.parley.ingest.extract.claim.PredictionExtractor;
import dev.parley.ingest.extract.claim.ScenarioIssues;
import dev.parley.ingest.extract.event.EventExtractor;
import dev.parley.ingest.extract.event.IssueVocabulary;
import dev.parley.ingest.extract.number.NumberExtractor;
import dev.parley.ingest.extract.quote.QuoteExtractor;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import dev.parley.ingest.source.IngestDiagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
  private final ExtractionLimits limits;

  private EvidenceExtractor(
      TextAnalyzer analyzer,
      ActorRecognizer recognizer,
      List<Issue> issues,
      ExtractionLimits limits) {
    this.analyzer = analyzer;
    this.recognizer = recognizer;
    this.issues = List.copyOf(issues);
    this.limits = limits;
  }

  private EvidenceExtractor(TextAnalyzer analyzer, ActorDirectory directory, List<Issue> issues) {
    this(analyzer, new ActorRecognizer(directory), issues, ExtractionLimits.DEFAULT);
  }

  /** Returns an extractor like this one that keeps to the given limits. */
  public EvidenceExtractor withLimits(ExtractionLimits limits) {
    return new EvidenceExtractor(
        analyzer, recognizer, issues, Objects.requireNonNull(limits, "limits"));
  }

  /** Returns the limits this extractor keeps to. */
  public ExtractionLimits limits() {
    return limits;
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

  /**
   * Extracts the evidence of one document, within this extractor's {@linkplain #limits() limits}:
   * what lies beyond them is left out and reported, like a number out of range, as a warning in
   * {@link DocumentEvidence#diagnostics()}.
   */
  public DocumentEvidence extract(Document document) {
    AnalyzedText text = analyzer.analyze(document, limits.sentenceTokens());
    Mentions mentions = recognizer.recognize(text, document.metadata().published());
    ShallowParse parse = new ShallowParse(text, mentions);
    List<ActorMention> actorMentions = new ArrayList<>();
    for (int m = 0; m < mentions.count(); m++) {
      int s = text.sentenceOf(mentions.start(m));
      actorMentions.add(
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
    List<EventMention> events = EventExtractor.extract(document.id(), parse);
    List<Prediction> predictions =
        PredictionExtractor.extract(document.id(), parse, quotes, document.metadata().published());
    List<IngestDiagnostic> diagnostics = new ArrayList<>();
    longSentences(document, text, diagnostics);
    events = perSentence(document, withPredictions(events, predictions), diagnostics);
    // with a scenario, its issues are the vocabulary: an event takes the issue the sentence names
    events = ScenarioIssues.relabel(document.text(), events, issues);
    List<PositionClaim> positions = PositionInferrer.infer(document.text(), events, issues);
    List<NumberMention> numbers = NumberExtractor.extract(document.id(), text);
    List<ExtractedItem> items = new ArrayList<>();
    items.addAll(perDocument(document, actorMentions, "actor mentions", diagnostics));
    items.addAll(perDocument(document, quotes, "quotes", diagnostics));
    items.addAll(perDocument(document, events, "events", diagnostics));
    items.addAll(perDocument(document, positions, "positions", diagnostics));
    items.addAll(perDocument(document, predictions, "predictions", diagnostics));
    numbers = perDocument(document, numbers, "numbers", diagnostics);
    items.addAll(numbers);
    outOfRange(document, numbers, diagnostics);
    return new DocumentEvidence(document, mentions.actors(), items, diagnostics);
  }

  private static final String LIMIT_HINT =
      "the text is probably not running prose (a table, a log, a file of another kind read as"
          + " text, or one passage repeated); check the input, or split it into smaller documents";

  private static IngestDiagnostic warning(
      Document document, String code, String message, String hint) {
    return new IngestDiagnostic(Severity.WARNING, document.origin(), 0, 0, "", code, message, hint);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private void longSentences(
      Document document, AnalyzedText text, List<IngestDiagnostic> diagnostics) {
    List<TextSpan> cut = text.longSentences();
    if (cut.isEmpty()) {
      return;
    }
    TextSpan first = cut.get(0);
    diagnostics.add(
        warning(
            document,
            "extraction-limit",
            "expected sentences of at most "
                + count(limits.sentenceTokens())
                + " tokens, but found "
                + (cut.size() == 1 ? "one longer" : count(cut.size()) + " longer ones")
                + ", the first at character "
                + count(first.start())
                + " ("
                + count(first.length())
                + " characters); each was read as pieces of "
                + count(limits.sentenceTokens())
                + " tokens",
            LIMIT_HINT));
  }

  /** Keeps the first events of each sentence, up to the limit; the events are in sentence order. */
  private List<EventMention> perSentence(
      Document document, List<EventMention> events, List<IngestDiagnostic> diagnostics) {
    int limit = limits.eventsPerSentence();
    List<EventMention> kept = new ArrayList<>();
    int over = 0;
    int firstFound = 0;
    int firstAt = 0;
    int from = 0;
    while (from < events.size()) {
      int sentence = events.get(from).provenance().sentence().start();
      int to = from + 1;
      while (to < events.size() && events.get(to).provenance().sentence().start() == sentence) {
        to++;
      }
      kept.addAll(events.subList(from, Math.min(to, from + limit)));
      if (to - from > limit && over++ == 0) {
        firstFound = to - from;
        firstAt = sentence;
      }
      from = to;
    }
    if (over > 0) {
      diagnostics.add(
          warning(
              document,
              "extraction-limit",
              "expected at most "
                  + count(limit)
                  + " events in a sentence, but found "
                  + count(firstFound)
                  + " in the sentence at character "
                  + count(firstAt)
                  + (over > 1 ? " and more in " + count(over - 1) + " other sentences" : "")
                  + "; kept the first "
                  + count(limit)
                  + (over > 1 ? " of each" : ""),
              LIMIT_HINT));
    }
    return kept;
  }

  /** Keeps the first items of a kind, up to the limit. */
  private <T extends ExtractedItem> List<T> perDocument(
      Document document, List<T> found, String kind, List<IngestDiagnostic> diagnostics) {
    int limit = limits.itemsPerKind();
    if (found.size() <= limit) {
      return found;
    }
    diagnostics.add(
        warning(
            document,
            "extraction-limit",
            "expected at most "
                + count(limit)
                + " "
                + kind
                + " in a document, but found "
                + count(found.size())
                + "; kept the first "
                + count(limit),
            LIMIT_HINT));
    return List.copyOf(found.subList(0, limit));
  }

  private static void outOfRange(
      Document document, List<NumberMention> numbers, List<IngestDiagnostic> diagnostics) {
    NumberMention first = null;
    int found = 0;
    for (NumberMention n : numbers) {
      if (n.isOutOfRange()) {
        first = found++ == 0 ? n : first;
      }
    }
    if (first == null) {
      return;
    }
    String shown = first.text().length() <= 40 ? first.text() : first.text().substring(0, 40) + "…";
    diagnostics.add(
        warning(
            document,
            "number-out-of-range",
            "expected numbers within the range of a double (about 1.8e308), but found "
                + (found == 1 ? "one" : count(found) + " numbers")
                + " beyond it, the first \""
                + shown
                + "\" at character "
                + count(first.provenance().span().start())
                + "; kept as printed, without a value",
            "nothing to do unless the number matters: its text is kept in the evidence, and its"
                + " value is the largest double"));
  }

  /**
   * Replaces the statement (or "suggests" proposal) of a person in a sentence where they predict by
   * a {@code predict} event, and orders the events by sentence.
   */
  private static List<EventMention> withPredictions(
      List<EventMention> events, List<Prediction> predictions) {
    record Predicted(TextSpan sentence, ActorId who) {}
    Set<Predicted> predicted = new HashSet<>();
    for (Prediction p : predictions) {
      predicted.add(new Predicted(p.provenance().sentence(), p.who()));
    }
    List<EventMention> out = new ArrayList<>();
    for (EventMention e : events) {
      boolean replaced = false;
      if (e.action() == EventAction.STATEMENT
          || e.action() == EventAction.PREDICT
          || (e.action() == EventAction.PROPOSE
              && e.plover() != null
              && e.trigger().startsWith("sugg"))) {
        for (ActorId source : e.sources()) {
          replaced |= predicted.contains(new Predicted(e.provenance().sentence(), source));
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
