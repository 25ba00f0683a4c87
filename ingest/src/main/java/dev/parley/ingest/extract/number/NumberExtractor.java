package dev.parley.ingest.extract.number;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.Provenance;
import dev.parley.ingest.extract.number.NumberLexicon.Kind;
import dev.parley.ingest.extract.number.NumberLexicon.Phrase;
import dev.parley.ingest.extract.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quantities of a document: cardinal numbers in digits ("1,000", "1.5 million", "$300
 * billion", "30-day", "58%", "500 miles") or in words from "two" upward ("three weeks",
 * "thousands"), with their unit and the noun they count.
 *
 * <p>The printed value keeps a currency sign ("$", "US$"), a scale word ("billion"), a unit of
 * measure or time written after the number ("70 percent", "2 km", "19 year old", "24 hours") and a
 * hyphenated unit ("600-mile"), but not the counted noun ("1,000 prisoners" is the value "1,000"
 * counting prisoners). Two numbers joined by a dash are one value, a range or a score ("8–10
 * years", "1 – 0"), whose value is the first number. The words come from {@link NumberLexicon}.
 *
 * <p>Not quantities: calendar dates and years (a four-digit number from 1900 to 2099 unless a unit
 * follows it, "a 2000 year old custom"), days of the month beside a month name, times of day
 * ("15:11"), ordinals, ranks ("number 3", "#2"), "one", and numbers that are part of a name: a
 * number right after a capitalised word that does not open its sentence ("Explorer 9", "HTML 5",
 * "Studio 54"). A number beyond the range of a double ("1e400") is kept as printed, {@linkplain
 * NumberMention#outOfRange out of range}.
 */
public final class NumberExtractor {
  /** The stage's name in provenance. */
  public static final String NAME = "number-extractor";

  /** The version of the stage's rules. */
  public static final String VERSION = "2";

  private static final Pattern ORDINAL = Pattern.compile(".*\\d(st|nd|rd|th)(-.*)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");

  private NumberExtractor() {}

  /** Returns the quantities of a document in text order. */
  public static List<NumberMention> extract(DocumentId document, AnalyzedText t) {
    List<NumberMention> out = new ArrayList<>();
    int n = t.tokenCount();
    for (int i = 0; i < n; i++) {
      String w = t.norm(i);
      boolean digit = Character.isDigit(w.charAt(0));
      String head = w.contains("-") ? w.substring(0, w.indexOf('-')) : w;
      Double wordValue = digit ? null : NumberLexicon.number(head);
      if (!digit && wordValue == null) {
        continue;
      }
      int s = t.sentenceOf(i);
      int sentenceStart = t.firstToken(s);
      int sentenceEnd = t.endToken(s);
      int start = i;
      int end = i + 1;
      if (digit) {
        int skip = notAQuantity(t, i, head, sentenceStart, sentenceEnd);
        if (skip > 0) {
          i += skip - 1;
          continue;
        }
        int range = rangeEnd(t, i, sentenceEnd);
        if (range > 0) {
          end = range;
        } else if (isNamePart(t, i, sentenceStart)) {
          continue;
        }
      }
      double value = wordValue != null ? wordValue : parse(head);
      if (Double.isNaN(value)) {
        continue;
      }
      String unit = null;
      Phrase sign = before(t, start, sentenceStart, Kind.CURRENCY);
      if (sign != null) {
        unit = sign.unit();
        start -= sign.tokens().length;
      }
      boolean hyphenated = w.contains("-") && end == i + 1;
      if (hyphenated) {
        String suffix = w.substring(w.indexOf('-') + 1);
        Phrase p = NumberLexicon.single(suffix);
        if (p != null && (p.kind() == Kind.UNIT || p.kind() == Kind.TIME)) {
          unit = p.unit();
        } else if (NumberLexicon.number(suffix) == null && !Character.isDigit(suffix.charAt(0))) {
          unit = suffix;
        }
      } else {
        Double scale = end < sentenceEnd ? NumberLexicon.scale(t.norm(end)) : null;
        if (scale != null) {
          value *= scale;
          end++;
        }
        Phrase after = after(t, end, sentenceEnd);
        if (after != null) {
          unit = after.unit();
          end += after.tokens().length;
        }
      }
      String counts = null;
      if (unit == null || (unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT)))) {
        counts = counted(t, end, sentenceEnd);
      }
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

  /**
   * Returns how many tokens from {@code i} are a number that is no quantity (an ordinal, a rank, a
   * year, a day of the month, a time of day, a range of years), or 0 when it may be one.
   */
  private static int notAQuantity(
      AnalyzedText t, int i, String digits, int sentenceStart, int sentenceEnd) {
    String w = t.norm(i);
    if (ORDINAL.matcher(w).matches()) {
      return 1;
    }
    if (i > sentenceStart && NumberLexicon.is(t.norm(i - 1), Kind.RANK)) {
      return 1;
    }
    if (i + 2 < sentenceEnd
        && t.norm(i + 1).equals(":")
        && !t.isSpaceBefore(i + 1)
        && !t.isSpaceBefore(i + 2)
        && Character.isDigit(t.norm(i + 2).charAt(0))) {
      return 3; // "15:11", "6:00am"
    }
    boolean unitAfter = !w.contains("-") && after(t, i + 1, sentenceEnd) != null;
    if (YEAR.matcher(digits).matches() && !unitAfter && !w.contains("-")) {
      int range = rangeEnd(t, i, sentenceEnd);
      return range > 0 ? range - i : 1; // "2000 - 2050"
    }
    if (YEAR.matcher(digits).matches() && w.contains("-") && !hasUnitSuffix(w)) {
      return 1; // "2009-10"
    }
    boolean monthBefore = i > sentenceStart && NumberLexicon.is(t.norm(i - 1), Kind.MONTH);
    boolean monthAfter = i + 1 < sentenceEnd && NumberLexicon.is(t.norm(i + 1), Kind.MONTH);
    if ((monthBefore || monthAfter) && DAY.matcher(digits).matches()) {
      return 1;
    }
    return 0;
  }

  private static boolean hasUnitSuffix(String w) {
    Phrase p = NumberLexicon.single(w.substring(w.indexOf('-') + 1));
    return p != null && (p.kind() == Kind.UNIT || p.kind() == Kind.TIME);
  }

  /**
   * Returns the end of a range or score that starts at the number {@code i} ("8–10", "1 – 0"), or 0
   * when no dash and second number follow.
   */
  private static int rangeEnd(AnalyzedText t, int i, int sentenceEnd) {
    if (i + 2 >= sentenceEnd || !t.norm(i + 1).equals("-")) {
      return 0;
    }
    String second = t.norm(i + 2);
    if (!Character.isDigit(second.charAt(0)) || ORDINAL.matcher(second).matches()) {
      return 0;
    }
    boolean tight = !t.isSpaceBefore(i + 1) && !t.isSpaceBefore(i + 2);
    boolean spaced = t.isSpaceBefore(i + 1) && t.isSpaceBefore(i + 2);
    return tight || spaced ? i + 3 : 0;
  }

  /**
   * Returns whether the number at {@code i} is part of a name: it follows a capitalised word that
   * does not open the sentence and is no month, sign, unit or rank ("Explorer 9", "HTML 5").
   */
  private static boolean isNamePart(AnalyzedText t, int i, int sentenceStart) {
    int prev = i - 1;
    if (prev <= sentenceStart || !t.isWord(prev) || !t.isCapitalized(prev)) {
      return false;
    }
    String p = t.norm(prev);
    if (Character.isDigit(p.charAt(0)) || NumberLexicon.single(p) != null) {
      return false;
    }
    // a word after an opening quote or bracket opens a sentence of its own
    return t.isWord(prev - 1) || t.norm(prev - 1).equals(",");
  }

  /** The phrase of a kind written right before token {@code start}, without a space before it. */
  private static @Nullable Phrase before(AnalyzedText t, int start, int sentenceStart, Kind kind) {
    for (Phrase p : NumberLexicon.phrases()) {
      int len = p.tokens().length;
      if (p.kind() != kind || start - len < sentenceStart) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < len && match; k++) {
        int at = start - len + k;
        match = t.norm(at).equals(p.tokens()[k]) && (k == 0 || !t.isSpaceBefore(at));
      }
      if (match && !t.isSpaceBefore(start)) {
        return p;
      }
    }
    return null;
  }

  /** The unit or time phrase written from token {@code from}, or null. */
  private static @Nullable Phrase after(AnalyzedText t, int from, int sentenceEnd) {
    for (Phrase p : NumberLexicon.phrases()) {
      int len = p.tokens().length;
      if ((p.kind() != Kind.UNIT && p.kind() != Kind.TIME) || from + len > sentenceEnd) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < len && match; k++) {
        match = t.norm(from + k).equals(p.tokens()[k]);
      }
      if (match) {
        return p;
      }
    }
    return null;
  }

  /** The noun a quantity ending before {@code end} counts, or null. */
  private static @Nullable String counted(AnalyzedText t, int end, int sentenceEnd) {
    int k = end;
    while (k < sentenceEnd && NumberLexicon.is(t.norm(k), Kind.SKIP)) {
      k++;
    }
    if (k < sentenceEnd
        && t.isWord(k)
        && !Character.isDigit(t.norm(k).charAt(0))
        && !NumberLexicon.notCounted(t.norm(k))
        && !t.norm(k).endsWith("ly")) {
      return t.norm(k);
    }
    return null;
  }

  private static double parse(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
