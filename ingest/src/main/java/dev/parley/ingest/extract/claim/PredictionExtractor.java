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
          "projects");
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
      Set.of("will", "'ll", "going", "could", "would", "likely");
  private static final Set<String> SAID_FUTURE = Set.of("will", "'ll", "going");
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
      if (speaksOfFuture(t, from, to, SAID_FUTURE)) {
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
        int end = complementEnd(t, i + 1, t.endToken(s));
        Set<String> markers =
            STRONG_VERBS.contains(w)
                ? FUTURE
                : w.startsWith("sa") || w.startsWith("warn") ? SAID_FUTURE : FUTURE;
        boolean strongTo = STRONG_VERBS.contains(w) && i + 1 < end && t.norm(i + 1).equals("to");
        if (strongTo || speaksOfFuture(t, i + 1, end, markers)) {
          // "did not believe X would": the negated frame is part of the prediction, so that its
          // hedge reads as a doubt, not as the bare "would"
          int from = negatedFrame(t, i, t.firstToken(s));
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

  private static int complementEnd(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (w.equals(";")
          || (w.equals(",")
              && k + 1 < to
              && (t.norm(k + 1).equals("while") || t.norm(k + 1).equals("but")))) {
        return k;
      }
    }
    return to;
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

  private static boolean speaksOfFuture(AnalyzedText t, int from, int to, Set<String> markers) {
    for (int k = from; k < to; k++) {
      String w = t.norm(k);
      if (!markers.contains(w)) {
        continue;
      }
      if (w.equals("going") && !(k + 1 < to && t.norm(k + 1).equals("to"))) {
        continue;
      }
      if (w.equals("would") && k + 1 < to && t.norm(k + 1).equals("have")) {
        continue;
      }
      if (k > from
          && SELF.contains(t.norm(k - 1))
          && (t.norm(k - 1).equals("we") || t.norm(k - 1).equals("i"))) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** The horizon of each sentence, found once however many predictions the sentence has. */
  private static final class Horizons {
    private final AnalyzedText text;
    private int sentence = -1;
    private @Nullable String horizon;

    Horizons(AnalyzedText text) {
      this.text = text;
    }

    @Nullable String of(int s) {
      if (s != sentence) {
        Matcher h = HORIZON.matcher(text.sentenceText(s));
        horizon = h.find() ? h.group().strip() : null;
        sentence = s;
      }
      return horizon;
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
    String horizon = horizons.of(sentence);
    LocalDate by = horizon == null || day == null ? null : resolve(horizon, day);
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
    out.add(new Prediction(who, what, horizon, by, p));
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
