package dev.parley.ingest.extract.claim;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds predictions by named people: a forecasting verb ("predicts", "expects", "believes … will")
 * or a quote whose content speaks of the future ("will", "is going to"), attributed to a person.
 *
 * <p>A person's statement about their own future action ("We will give them …") is a commitment,
 * not a prediction; so is a bare "would have" (a counterfactual). The horizon is kept as printed
 * and, when the document has a date, turned into the date it falls on.
 */
public final class PredictionExtractor {
  /** The stage's name in provenance. */
  public static final String NAME = "prediction-extractor";

  /** The version of the stage's rules. */
  public static final String VERSION = "1";

  private static final Set<String> FORECAST_VERBS =
      Set.of(
          "predict",
          "predicts",
          "predicted",
          "expect",
          "expects",
          "expected",
          "forecast",
          "forecasts",
          "anticipate",
          "anticipates",
          "anticipated",
          "believe",
          "believes",
          "believed",
          "think",
          "thinks",
          "suggest",
          "suggests",
          "suggested",
          "said",
          "says",
          "warned",
          "warns",
          "estimated",
          "estimates",
          "projected",
          "projects",
          "doubt",
          "doubts",
          "doubted");
  private static final Set<String> STRONG_VERBS =
      Set.of(
          "predict",
          "predicts",
          "predicted",
          "expect",
          "expects",
          "expected",
          "forecast",
          "forecasts",
          "anticipate",
          "anticipates",
          "anticipated",
          "estimated",
          "estimates",
          "projected",
          "projects");
  private static final Set<String> FUTURE =
      Set.of("will", "'ll", "going", "could", "would", "may", "might", "likely");

  /** Words before "may" that make it the month ("in May", "by May"), not the modal. */
  private static final Set<String> BEFORE_MONTH =
      Set.of(
          "in", "by", "until", "since", "from", "of", "on", "early", "late", "mid", "before",
          "after", "last", "next", "this");

  private static final Set<String> SAID_FUTURE = Set.of("will", "'ll", "going");

  /**
   * The markers of a reported forecast ("said a summit could follow"): the future and the hedged
   * modals, read only when the modal's own subject is not the speaker (else it is a commitment or
   * an ability, "he said he would go", "she said she could not").
   */
  private static final Set<String> REPORTED_FUTURE =
      Set.of("will", "'ll", "going", "could", "would", "may", "might");

  /** The forms of "be" that make "expected to" a passive with no forecaster named. */
  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");

  /** Auxiliaries that, right after a named actor, make it the subject of a finite clause. */
  private static final Set<String> FINITE =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "did", "does",
          "do", "can", "may", "might", "must", "should");

  /** The conjunctions after a comma that may open a second speaker's clause. */
  private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas");

  private static final Set<String> SELF = Set.of("we", "i", "he", "she");

  private static final Pattern HORIZON =
      Pattern.compile(
          "\\b(within (?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d+)"
              + " (?:days?|weeks?|months?|years?))|\\b(in the coming (?:days|weeks|months|years))"
              + "|\\b(by the end of (?:the )?(?:year|month|week|\\d{4}))"
              + "|\\b(next (?:week|month|year))|\\b(by (?:19|20)\\d\\d)\\b"
              + "|\\b(over the (?:summer|winter|spring|autumn|coming months))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHIN =
      Pattern.compile("within (\\w+|a few|\\d+) (day|week|month|year)s?");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)");
  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10));

  private PredictionExtractor() {}

  /** Returns the predictions of a document in text order. */
  public static List<Prediction> extract(
      DocumentId document, ShallowParse parse, List<Quote> quotes, @Nullable LocalDate day) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    List<Prediction> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Horizons horizons = new Horizons(t);
    for (Quote q : quotes) {
      if (q.speaker() == null || q.scareQuote() || !isPerson(m, q.speaker())) {
        continue;
      }
      int from = t.tokenAt(q.provenance().span().start());
      int to = t.tokenAt(Math.max(q.provenance().span().end() - 1, 0)) + 1;
      if (from < 0 || to <= from) {
        continue;
      }
      if (speaksOfFuture(parse, from, to, SAID_FUTURE, -1)) {
        int s = t.sentenceOf(from);
        add(out, seen, horizons, document, t, q.speaker(), s, from, to, day);
      }
    }
    for (int s = 0; s < t.sentenceCount(); s++) {
      if (t.isHeading(s)) {
        continue;
      }
      for (int i = t.firstToken(s); i < t.endToken(s); i++) {
        String w = t.norm(i);
        if (!FORECAST_VERBS.contains(w) || parse.isQuoted(i)) {
          continue;
        }
        int subject = parse.subjectOf(i, true);
        if (subject < 0 || m.actors().get(subject).kind() != ActorKind.PERSON) {
          continue;
        }
        int end = complementEnd(parse, i + 1, t.endToken(s));
        boolean strong = STRONG_VERBS.contains(w);
        if (strong && i > t.firstToken(s) && BE.contains(t.norm(i - 1))) {
          continue; // "is expected to": a passive, the forecaster unnamed
        }
        boolean forecast;
        if (strong) {
          // "expects to learn", "expects Russia to reject": the infinitive is the forecast
          forecast =
              infinitiveAfter(parse, i + 1, end)
                  || speaksOfFuture(parse, i + 1, end, FUTURE, subject);
        } else if (w.startsWith("sa") || w.startsWith("warn")) {
          // "said he doubted that X would": the inner verb frames the forecast, and is read there
          // a backshifted "would" or a hedged "could" counts only with a horizon of its own
          // ("said a summit could follow within three weeks"); without one it is too often
          // reported speech of no forecast ("said the protections would be strong")
          forecast =
              !framesInside(t, i + 1, end)
                  && (speaksOfFuture(parse, i + 1, end, SAID_FUTURE, subject)
                      || (horizons.inside(s, i + 1, end)
                          && speaksOfFuture(parse, i + 1, end, REPORTED_FUTURE, subject)));
        } else {
          forecast = speaksOfFuture(parse, i + 1, end, FUTURE, subject);
        }
        if (forecast) {
          // "did not believe X would", "doubted that X would": the frame is part of the
          // prediction, so that its hedge reads as a doubt, not as the bare "would"
          int from = w.startsWith("doubt") ? i : negatedFrame(t, i, t.firstToken(s));
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
              day);
        }
      }
    }
    return out;
  }

  private static boolean isPerson(Mentions m, ActorId id) {
    FoundActor a = m.actor(id);
    return a != null && a.kind() == ActorKind.PERSON;
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
      if (w.equals(",") && k + 1 < to && CLAUSE_JOINS.contains(t.norm(k + 1))) {
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
        return !DETERMINERS.contains(next) && parse.mentions().at(k + 1) < 0;
      }
    }
    return false;
  }

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their");

  /** Returns whether a forecasting verb other than a verb of saying lies in {@code [from, to)}. */
  private static boolean framesInside(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (FORECAST_VERBS.contains(w) && !w.startsWith("sa") && !w.startsWith("warn")) {
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
          && (FORECAST_VERBS.contains(w) || (k > from && m.at(k - 1) >= 0 && FINITE.contains(w)))) {
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
      if (NEGATIONS.contains(t.norm(k))) {
        return k > first && AUXILIARIES.contains(t.norm(k - 1)) ? k - 1 : k;
      }
    }
    return -1;
  }

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "had", "has", "have");

  /**
   * Returns whether tokens {@code from} to {@code to} speak of the future through one of the
   * markers. A marker right after "we" or "I", or after a pronoun that refers to {@code speaker}
   * (an actor index, or -1), is the speaker's own commitment, not a forecast.
   */
  private static boolean speaksOfFuture(
      ShallowParse parse, int from, int to, Set<String> markers, int speaker) {
    AnalyzedText t = parse.text();
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (!markers.contains(w)) {
        continue;
      }
      if (w.equals("going") && !(k + 1 < to && t.norm(k + 1).equals("to"))) {
        continue;
      }
      if ((w.equals("would") || w.equals("could") || w.equals("may") || w.equals("might"))
          && k + 1 < to
          && t.norm(k + 1).equals("have")) {
        continue; // "may have left": a guess about the past, not a forecast
      }
      if (w.equals("may")
          && ((k > 0 && BEFORE_MONTH.contains(t.norm(k - 1)))
              || (k + 1 < to
                  && !t.norm(k + 1).isEmpty()
                  && Character.isDigit(t.norm(k + 1).charAt(0))))) {
        continue;
      }
      if (k > from) {
        String before = t.norm(k - 1);
        if (before.equals("we") || before.equals("i")) {
          continue;
        }
        if (speaker >= 0 && SELF.contains(before) && parse.resolvePronoun(k - 1) == speaker) {
          continue;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The horizon of a prediction: the first one written inside its own words, else the last one
   * written before them in its sentence, so that two forecasts in one sentence keep their own ("X
   * could meet within two weeks, and Y said a summit could follow within three weeks").
   */
  private static final class Horizons {
    private final AnalyzedText text;

    Horizons(AnalyzedText text) {
      this.text = text;
    }

    /** Returns whether a horizon is written inside tokens {@code [from, to)} of sentence s. */
    boolean inside(int s, int from, int to) {
      if (to <= from) {
        return false;
      }
      int start = text.start(from);
      int end = text.end(to - 1);
      int sentenceStart = text.sentenceSpan(s).start();
      Matcher h = HORIZON.matcher(text.sentenceText(s));
      while (h.find()) {
        int at = sentenceStart + h.start();
        if (at >= start && at < end) {
          return true;
        }
      }
      return false;
    }

    @Nullable String of(int s, int from, int to) {
      int start = text.start(from);
      int end = text.end(to - 1);
      int sentenceStart = text.sentenceSpan(s).start();
      String sentence = text.sentenceText(s);
      Matcher h = HORIZON.matcher(sentence);
      String before = null;
      while (h.find()) {
        int at = sentenceStart + h.start();
        if (at >= start && at < end) {
          return h.group().strip();
        }
        if (at < start) {
          before = h.group().strip();
        }
      }
      return before;
    }
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
      @Nullable LocalDate day) {
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
    LocalDate by = horizon == null || counted == null ? null : resolve(horizon, counted);
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
    out.add(new Prediction(who, what, horizon, by, saidOn, p));
  }

  /** Turns a horizon such as "within two weeks" into the date it falls on. */
  static @Nullable LocalDate resolve(String horizon, LocalDate day) {
    String h = horizon.toLowerCase(Locale.ROOT);
    Matcher within = WITHIN.matcher(h);
    if (within.find()) {
      String count = within.group(1);
      Integer k =
          count.chars().allMatch(Character::isDigit) ? Integer.valueOf(count) : SMALL.get(count);
      if (k == null) {
        return null;
      }
      return switch (within.group(2)) {
        case "day" -> day.plusDays(k);
        case "week" -> day.plusWeeks(k);
        case "month" -> day.plusMonths(k);
        default -> day.plusYears(k);
      };
    }
    if (h.startsWith("next week")) {
      return day.plusWeeks(1);
    }
    if (h.startsWith("next month")) {
      return day.plusMonths(1).withDayOfMonth(day.plusMonths(1).lengthOfMonth());
    }
    if (h.startsWith("next year")) {
      return LocalDate.of(day.getYear() + 1, 12, 31);
    }
    Matcher year = YEAR.matcher(h);
    if (h.startsWith("by") && year.find()) {
      return LocalDate.of(Integer.parseInt(year.group(1)), 12, 31);
    }
    if (h.startsWith("by the end of") && h.contains("year")) {
      return LocalDate.of(day.getYear(), 12, 31);
    }
    return null;
  }
}
