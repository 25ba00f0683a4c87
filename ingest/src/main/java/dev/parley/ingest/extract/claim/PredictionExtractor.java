package dev.parley.ingest.extract.claim;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.ledger.HorizonResolver;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.claim.ForecastCues.Kind;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.syntax.Words;
import dev.parley.ingest.extract.text.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds predictions by named people and organisations: a forecasting verb ("predicts", "expects",
 * "believes … will") or a quote whose content speaks of the future ("will", "won't", "is going to",
 * or a hedged "could" under an "if"-condition), attributed to a person or an organisation.
 *
 * <p>Each candidate modal is read in its clause of the dependency parse ({@link ForecastClause}): a
 * statement about the speaker's own future action ("We will give them …") is a commitment, not a
 * prediction; so are a wish or plan ("we want a system where … will"), a general truth ("if a child
 * …, it will") and a bare "would have" (a counterfactual). The hedge words are kept ({@link
 * Prediction#hedge()}); the horizon ({@link Horizons}) is kept as printed and, when the document
 * has a date, turned into the date it falls on by the core's {@code HorizonResolver}. The cue words
 * are data ({@link ForecastCues}).
 */
public final class PredictionExtractor {
  /** The stage's name in provenance. */
  public static final String NAME = "prediction-extractor";

  /** The version of the stage's rules. */
  public static final String VERSION = "2";

  private PredictionExtractor() {}

  /** Returns the predictions of a document in text order. */
  public static List<Prediction> extract(
      DocumentId document, ShallowParse parse, List<Quote> quotes, @Nullable LocalDate day) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    List<Prediction> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Horizons horizons = new Horizons(t);
    ForecastClause clauses = new ForecastClause(parse);
    for (Quote q : quotes) {
      if (q.speaker() == null || q.scareQuote() || !isForecaster(m, q.speaker())) {
        continue;
      }
      int from = t.tokenAt(q.provenance().span().start());
      int to = t.tokenAt(Math.max(q.provenance().span().end() - 1, 0)) + 1;
      if (from < 0 || to <= from) {
        continue;
      }
      int speaker = m.indexOf(q.speaker());
      Kind kind = Kind.FUTURE;
      int marker = markerOf(parse, clauses, from, to, Kind.FUTURE, speaker);
      if (marker < 0 && hasCondition(t, from, to)) {
        // a hedged modal in a quote is a forecast when a condition frames it ("if X, Y could");
        // an earlier unconditioned one ("it might be a blip. But if not, Y could") is passed over
        kind = Kind.HEDGED;
        marker = markerOf(parse, clauses, from, to, Kind.HEDGED, speaker);
        while (marker >= 0 && !clauses.isConditional(marker)) {
          marker = markerOf(parse, clauses, marker + 1, to, Kind.HEDGED, speaker);
        }
      }
      if (marker >= 0) {
        // the forecast is the run of the quote's sentences from the first that holds a marker to
        // the last that does, not the sentence the quote opens in
        int first = t.sentenceOf(marker);
        int last = first;
        for (int k = markerOf(parse, clauses, t.endToken(first), to, kind, speaker);
            k >= 0;
            k = markerOf(parse, clauses, t.endToken(last), to, kind, speaker)) {
          if (kind == Kind.HEDGED && !clauses.isConditional(k)) {
            break;
          }
          last = t.sentenceOf(k);
        }
        int start = Math.max(from, t.firstToken(first));
        int end = Math.min(to, t.endToken(last));
        String hedge = hedge(t, frameBefore(t, start, marker), marker);
        add(out, seen, horizons, document, t, q.speaker(), first, start, end, day, hedge);
      }
    }
    for (int s = 0; s < t.sentenceCount(); s++) {
      if (t.isHeading(s)) {
        continue;
      }
      for (int i = t.firstToken(s); i < t.endToken(s); i++) {
        String w = t.norm(i);
        boolean strong = ForecastCues.is(w, Kind.FORECAST);
        boolean report = ForecastCues.is(w, Kind.REPORT);
        if (!(strong || report || ForecastCues.is(w, Kind.BELIEF)) || parse.isQuoted(i)) {
          continue;
        }
        int subject = parse.subjectOf(i, true);
        if (subject < 0 || !isForecaster(m, m.actors().get(subject).id())) {
          continue;
        }
        int end = complementEnd(parse, i + 1, t.endToken(s));
        if (strong && i > t.firstToken(s) && ForecastCues.is(t.norm(i - 1), Kind.BE)) {
          continue; // "is expected to": a passive, the forecaster unnamed
        }
        int marker;
        if (strong) {
          // "expects to learn", "expects Russia to reject", "expects six million visitors": the
          // infinitive or the object is the forecast
          marker =
              infinitiveAfter(parse, i + 1, end) || clauses.hasObject(i)
                  ? i
                  : firstMarker(parse, clauses, i + 1, end, subject);
        } else if (report) {
          // "said he doubted that X would": the inner verb frames the forecast, and is read there
          // a backshifted "would" or a hedged "could" counts only with a horizon of its own
          // ("said a summit could follow within three weeks"); without one it is too often
          // reported speech of no forecast ("said the protections would be strong")
          marker =
              framesInside(t, i + 1, end)
                  ? -1
                  : markerOf(parse, clauses, i + 1, end, Kind.FUTURE, subject);
          if (marker < 0 && !framesInside(t, i + 1, end) && horizons.inside(s, i + 1, end)) {
            marker = markerOf(parse, clauses, i + 1, end, Kind.HEDGED, subject);
          }
        } else {
          marker = firstMarker(parse, clauses, i + 1, end, subject);
        }
        if (marker >= 0) {
          // "did not believe X would", "doubted that X would": the frame is part of the
          // prediction, so that its hedge reads as a doubt, not as the bare "would"
          int negated = negatedFrame(t, i, t.firstToken(s));
          int from = ForecastCues.is(w, Kind.DOUBT) ? i : negated;
          String hedge = hedge(t, report ? -1 : negated >= 0 ? negated : i, marker);
          add(
              out,
              seen,
              horizons,
              document,
              t,
              m.actors().get(subject).id(),
              s,
              from < 0 ? i + 1 : from,
              end,
              day,
              hedge);
        }
      }
    }
    return out;
  }

  /**
   * Whether a condition word ("if") lies in tokens {@code [from, to)}: only then is a parse worth
   * it.
   */
  private static boolean hasCondition(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ForecastCues.is(t.norm(k), Kind.CONDITION)) {
        return true;
      }
    }
    return false;
  }

  /** A person or an organisation: a state's forecasts are told through its people. */
  private static boolean isForecaster(Mentions m, ActorId id) {
    FoundActor a = m.actor(id);
    return a != null && (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANIZATION);
  }

  /**
   * The words that hedge a prediction: the frame from {@code frame} ("believes", "did not expect";
   * -1 for none, as for a plain verb of saying), then the modal at {@code marker} with a negation
   * right after it ("won't", "will not") or "to" after "going"; the frame alone when the marker is
   * the forecast verb itself ("expects").
   */
  private static String hedge(AnalyzedText t, int frame, int marker) {
    int end = marker + 1;
    if (!ForecastCues.is(t.norm(marker), Kind.FORECAST)) {
      if (end < t.tokenCount() && ForecastCues.is(t.norm(end), Kind.NEGATION)) {
        end++;
      }
      if (t.norm(marker).equals("going") && end < t.tokenCount()) {
        end++;
      }
    }
    String modal = t.text(marker, end).strip();
    if (frame < 0 || frame >= marker) {
      return modal;
    }
    int k = frame;
    while (k < marker && isFrameWord(t.norm(k))) {
      k++;
    }
    return k == frame ? modal : t.text(frame, k).strip() + " " + modal;
  }

  private static boolean isFrameWord(String w) {
    return ForecastCues.is(w, Kind.NEGATION)
        || ForecastCues.is(w, Kind.AUXILIARY)
        || ForecastCues.is(w, Kind.BELIEF)
        || ForecastCues.is(w, Kind.FORECAST);
  }

  /**
   * The speaker's own frame of a modal inside a quote ("I suspect they won't", "I don't think it is
   * going to"): where the nearest belief or forecast verb before the modal starts, with its
   * negation, or -1.
   */
  private static int frameBefore(AnalyzedText t, int from, int marker) {
    for (int k = marker - 1; k >= from; k--) {
      String w = t.norm(k);
      if (ForecastCues.is(w, Kind.BELIEF) || ForecastCues.is(w, Kind.FORECAST)) {
        int negated = negatedFrame(t, k, from);
        return negated >= 0 ? negated : k;
      }
    }
    return -1;
  }

  /** The first future or hedged modal in {@code [from, to)} that may be a forecast, or -1. */
  private static int firstMarker(
      ShallowParse parse, ForecastClause clauses, int from, int to, int speaker) {
    int future = markerOf(parse, clauses, from, to, Kind.FUTURE, speaker);
    int hedged = markerOf(parse, clauses, from, to, Kind.HEDGED, speaker);
    return future < 0 ? hedged : hedged < 0 ? future : Math.min(future, hedged);
  }

  /**
   * Returns where a forecast verb's complement ends: at a semicolon, at ", while" or ", but", or at
   * ", and" when a second clause with its own named subject and reporting verb follows ("Merz
   * predicted X, and Macron said Y").
   */
  private static int complementEnd(ShallowParse parse, int from, int to) {
    AnalyzedText t = parse.text();
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (w.equals(";")) {
        return k;
      }
      if (w.equals(",") && k + 1 < to && ForecastCues.is(t.norm(k + 1), Kind.CLAUSE_JOIN)) {
        if (!t.norm(k + 1).equals("and") || opensClause(parse, k + 2, to)) {
          return k;
        }
      }
    }
    return to;
  }

  /**
   * Returns whether an infinitive follows a forecasting verb within a few tokens and no comma:
   * "expects to learn", "expects Russia to reject", "expected the strike to end"; not "to the".
   */
  private static boolean infinitiveAfter(ShallowParse parse, int from, int to) {
    AnalyzedText t = parse.text();
    for (int k = from; k < Math.min(to - 1, from + 6); k++) {
      String w = t.norm(k);
      if (w.equals(",") || w.equals("that")) {
        return false;
      }
      if (w.equals("to")) {
        String next = t.norm(k + 1);
        return !ForecastCues.is(next, Kind.DETERMINER) && parse.mentions().at(k + 1) < 0;
      }
    }
    return false;
  }

  private static boolean isFrame(String w) {
    return ForecastCues.is(w, Kind.FORECAST)
        || ForecastCues.is(w, Kind.BELIEF)
        || ForecastCues.is(w, Kind.REPORT);
  }

  /** Returns whether a forecasting verb other than a verb of saying lies in {@code [from, to)}. */
  private static boolean framesInside(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (ForecastCues.is(w, Kind.FORECAST) || ForecastCues.is(w, Kind.BELIEF)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the tokens from {@code from} open a clause of their own: an actor named within
   * the first few tokens, then a reporting or forecasting verb before the next comma-free stretch
   * ends.
   */
  private static boolean opensClause(ShallowParse parse, int from, int to) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    boolean named = false;
    for (int k = from; k < Math.min(to, from + 12); k++) {
      if (m.at(k) >= 0) {
        named = true;
        k = m.end(m.at(k)) - 1;
        continue;
      }
      String w = t.norm(k);
      if (named
          && (isFrame(w) || (k > from && m.at(k - 1) >= 0 && ForecastCues.is(w, Kind.FINITE)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where a negated forecast verb's frame starts ("did not" in "did not believe", "never"
   * in "never expected"), or -1 when the verb at {@code verb} is not negated within two tokens.
   */
  private static int negatedFrame(AnalyzedText t, int verb, int first) {
    for (int k = verb - 1; k >= Math.max(first, verb - 2); k--) {
      if (ForecastCues.is(t.norm(k), Kind.NEGATION)) {
        return k > first && ForecastCues.is(t.norm(k - 1), Kind.AUXILIARY) ? k - 1 : k;
      }
    }
    return -1;
  }

  /**
   * Returns whether tokens {@code from} to {@code to} speak of the future through one of the
   * markers. A marker right after "we" or "I", or after a pronoun that refers to {@code speaker}
   * (an actor index, or -1), is the speaker's own commitment, not a forecast.
   */
  private static int markerOf(
      ShallowParse parse, ForecastClause clauses, int from, int to, Kind markers, int speaker) {
    AnalyzedText t = parse.text();
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (!ForecastCues.is(w, markers)) {
        continue;
      }
      if (w.equals("going") && !(k + 1 < to && t.norm(k + 1).equals("to"))) {
        continue;
      }
      if (ForecastCues.is(w, Kind.HEDGED) && k + 1 < to && t.norm(k + 1).equals("have")) {
        continue; // "may have left": a guess about the past, not a forecast
      }
      if (w.equals("may")
          && ((k > 0 && ForecastCues.is(t.norm(k - 1), Kind.MONTH_CONTEXT))
              || (k + 1 < to
                  && !t.norm(k + 1).isEmpty()
                  && Character.isDigit(t.norm(k + 1).charAt(0))))) {
        continue;
      }
      if (k > from) {
        String before = t.norm(k - 1);
        if (ForecastCues.is(before, Kind.SELF)) {
          continue;
        }
        if (speaker >= 0
            && (ForecastCues.is(before, Kind.SELF) || Words.PERSON_PRONOUNS.contains(before))
            && parse.resolvePronoun(k - 1) == speaker) {
          continue;
        }
      }
      if (!clauses.mayForecast(k, speaker)) {
        continue;
      }
      return k;
    }
    return -1;
  }

  private static void add(
      List<Prediction> out,
      Set<String> seen,
      Horizons horizons,
      DocumentId document,
      AnalyzedText t,
      ActorId who,
      int sentence,
      int from,
      int to,
      @Nullable LocalDate day,
      String hedge) {
    if (!seen.add(who + "@" + sentence)) {
      return;
    }
    String what = t.text(from, to).strip();
    if (what.startsWith("that ")) {
      what = what.substring(5);
    }
    String horizon = horizons.of(sentence, from, to);
    LocalDate saidOn =
        day == null
            ? null
            : StatementDates.saidOn(
                t.sentenceText(sentence),
                t.start(from) - t.sentenceSpan(sentence).start(),
                t.end(to - 1) - t.sentenceSpan(sentence).start(),
                day);
    LocalDate counted = saidOn != null ? saidOn : day;
    LocalDate by =
        horizon == null || counted == null ? null : HorizonResolver.resolve(horizon, counted);
    Provenance p =
        new Provenance(
            document,
            new TextSpan(t.start(from), t.end(to - 1)),
            new TextSpan(
                t.sentenceSpan(sentence).start(),
                Math.max(t.sentenceSpan(sentence).end(), t.end(to - 1))),
            NAME,
            VERSION,
            0.7);
    out.add(new Prediction(who, what, horizon, by, saidOn, hedge, p));
  }
}
