package dev.parley.ingest.extract.number;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.Provenance;
import dev.parley.ingest.extract.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a document: cardinal numbers in digits ("1,000", "1.5 million", "$300
 * billion", "30-day", "1,000-kilometer") or in words from "two" upward ("three weeks",
 * "thousands"), with their unit and the noun they count.
 *
 * <p>Calendar dates, years, ordinals and "one" are not quantities. The printed value keeps a
 * currency sign, a scale word ("billion"), a time unit ("24 hours") and a hyphenated unit
 * ("600-mile"), but not the counted noun ("1,000 prisoners" is the value "1,000" counting
 * prisoners). A number beyond the range of a double ("1e400") is kept as printed, {@linkplain
 * NumberMention#outOfRange out of range}.
 */
public final class NumberExtractor {
  /** The stage's name in provenance. */
  public static final String NAME = "number-extractor";

  /** The version of the stage's rules. */
  public static final String VERSION = "1";

  private static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("fifteen", 15.0),
          Map.entry("twenty", 20.0),
          Map.entry("thirty", 30.0),
          Map.entry("fifty", 50.0),
          Map.entry("hundred", 100.0),
          Map.entry("hundreds", 100.0),
          Map.entry("thousand", 1e3),
          Map.entry("thousands", 1e3),
          Map.entry("dozens", 12.0),
          Map.entry("millions", 1e6));
  private static final Map<String, Double> SCALES =
      Map.of(
          "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6);
  private static final Map<String, String> CURRENCIES =
      Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₽", "RUB");
  private static final Map<String, String> TIME_UNITS =
      Map.ofEntries(
          Map.entry("hour", "hour"),
          Map.entry("hours", "hour"),
          Map.entry("day", "day"),
          Map.entry("days", "day"),
          Map.entry("week", "week"),
          Map.entry("weeks", "week"),
          Map.entry("month", "month"),
          Map.entry("months", "month"),
          Map.entry("year", "year"),
          Map.entry("years", "year"),
          Map.entry("minutes", "minute"));
  private static final Map<String, String> UNIT_SUFFIXES =
      Map.ofEntries(
          Map.entry("kilometer", "km"),
          Map.entry("kilometre", "km"),
          Map.entry("km", "km"),
          Map.entry("mile", "mi"),
          Map.entry("day", "day"),
          Map.entry("week", "week"),
          Map.entry("month", "month"),
          Map.entry("year", "year"),
          Map.entry("year-old", "year"),
          Map.entry("hour", "hour"),
          Map.entry("meter", "m"),
          Map.entry("metre", "m"));
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");
  private static final Pattern ORDINAL = Pattern.compile(".*\\d(st|nd|rd|th)(-.*)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static final Set<String> COUNTED_SKIP = Set.of("of", "the", "more", "than", "other");

  /**
   * Closed-class words and sentence adverbs that follow a quantity without being what it counts
   * ("€90 billion instead of …", "$300 billion worldwide", "5,000 in total").
   */
  private static final Set<String> NOT_COUNTED =
      Set.of(
          "a",
          "about",
          "after",
          "ago",
          "all",
          "already",
          "also",
          "an",
          "and",
          "are",
          "as",
          "at",
          "be",
          "been",
          "before",
          "between",
          "but",
          "by",
          "each",
          "earlier",
          "for",
          "from",
          "had",
          "has",
          "have",
          "he",
          "her",
          "his",
          "in",
          "instead",
          "into",
          "is",
          "it",
          "its",
          "last",
          "later",
          "less",
          "nor",
          "now",
          "on",
          "or",
          "over",
          "per",
          "she",
          "since",
          "so",
          "some",
          "that",
          "their",
          "them",
          "then",
          "these",
          "they",
          "this",
          "those",
          "to",
          "too",
          "under",
          "until",
          "up",
          "was",
          "were",
          "which",
          "while",
          "who",
          "will",
          "with",
          "worldwide",
          "would",
          "yet");

  private NumberExtractor() {}

  /** Returns the quantities of a document in text order. */
  public static List<NumberMention> extract(DocumentId document, AnalyzedText t) {
    List<NumberMention> out = new ArrayList<>();
    int n = t.tokenCount();
    for (int i = 0; i < n; i++) {
      String w = t.norm(i);
      boolean digit = Character.isDigit(w.charAt(0));
      String head = w.contains("-") ? w.substring(0, w.indexOf('-')) : w;
      boolean word = WORDS.containsKey(head) && !head.equals("may");
      if (!digit && !word) {
        continue;
      }
      if (digit && !isCardinal(t, i, w)) {
        continue;
      }
      int start = i;
      int end = i + 1;
      int sentenceStart = t.firstToken(t.sentenceOf(i));
      int sentenceEnd = t.endToken(t.sentenceOf(i));
      String unit = null;
      double value = digit ? parse(head) : WORDS.getOrDefault(head, Double.NaN);
      if (Double.isNaN(value)) {
        continue;
      }
      if (start > sentenceStart
          && CURRENCIES.containsKey(t.norm(start - 1))
          && !t.isSpaceBefore(start)) {
        unit = CURRENCIES.get(t.norm(start - 1));
        start--;
      }
      Double scale = end < sentenceEnd ? SCALES.get(t.norm(end)) : null;
      if (w.contains("-")) {
        String suffix = w.substring(w.indexOf('-') + 1);
        if (UNIT_SUFFIXES.containsKey(suffix)) {
          unit = UNIT_SUFFIXES.get(suffix);
        } else if (!WORDS.containsKey(suffix) && !Character.isDigit(suffix.charAt(0))) {
          unit = suffix;
        }
      } else if (scale != null) {
        value *= scale;
        end++;
      }
      if (end < sentenceEnd && !w.contains("-") && TIME_UNITS.containsKey(t.norm(end))) {
        unit = TIME_UNITS.get(t.norm(end));
        end++;
      }
      String counts = null;
      if (unit == null || (unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT)))) {
        int k = end;
        while (k < sentenceEnd && COUNTED_SKIP.contains(t.norm(k))) {
          k++;
        }
        if (k < sentenceEnd
            && t.isWord(k)
            && !Character.isDigit(t.norm(k).charAt(0))
            && !NOT_COUNTED.contains(t.norm(k))
            && !t.norm(k).endsWith("ly")) {
          counts = t.norm(k);
        }
      }
      int s = t.sentenceOf(i);
      Provenance p =
          new Provenance(
              document, t.span(start, end), t.sentenceSpan(s), NAME, VERSION, digit ? 0.9 : 0.7);
      String printed = t.text(start, end);
      out.add(
          Double.isFinite(value)
              ? new NumberMention(printed, value, unit, counts, p)
              : NumberMention.outOfRange(printed, unit, counts, p));
      i = end - 1;
    }
    return out;
  }

  private static boolean isCardinal(AnalyzedText t, int i, String w) {
    if (ORDINAL.matcher(w).matches()) {
      return false;
    }
    String digits = w.contains("-") ? w.substring(0, w.indexOf('-')) : w;
    if (YEAR.matcher(digits).matches()) {
      return false;
    }
    boolean monthBefore = i > 0 && MONTHS.contains(t.norm(i - 1));
    boolean monthAfter = i + 1 < t.tokenCount() && MONTHS.contains(t.norm(i + 1));
    if ((monthBefore || monthAfter) && DAY.matcher(digits).matches()) {
      return false;
    }
    return true;
  }

  private static double parse(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
