package dev.parley.ingest.extract.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The date a statement was made, when its sentence gives it relative to a dated document: "said on
 * Sunday" (the latest Sunday on or before the document's date), "last Friday" (the latest before
 * it), "yesterday", "on August 17" or "17 August" (in the document's year, or the year before when
 * that date would come after the document). News writes the day of a statement this way; a bare
 * date in the future of the document is a plan, not a statement date, and is ignored.
 */
final class StatementDates {
  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:(last|on) )?"
              + WEEKDAY
              + "\\b|\\b(yesterday)\\b|\\b"
              + MONTH
              + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})|\\b(\\d{1,2}) "
              + MONTH
              + "\\b(?! \\d{4})",
          Pattern.CASE_INSENSITIVE);

  private StatementDates() {}

  /**
   * Returns the statement's date, or null when the sentence gives none outside the prediction's own
   * words.
   *
   * @param sentence the sentence
   * @param from where the prediction's words start in the sentence (a date inside them is the
   *     predicted event's, not the statement's)
   * @param to where they end
   * @param day the document's date
   */
  static @Nullable LocalDate saidOn(String sentence, int from, int to, LocalDate day) {
    Matcher m = DATE.matcher(sentence);
    while (m.find()) {
      if (m.start() < to && m.end() > from) {
        continue;
      }
      LocalDate d = date(m, day);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(Matcher m, LocalDate day) {
    if (m.group(2) != null) {
      DayOfWeek w = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      boolean last = m.group(1) != null && m.group(1).equalsIgnoreCase("last");
      LocalDate d = last ? day.minusDays(1) : day;
      while (d.getDayOfWeek() != w) {
        d = d.minusDays(1);
      }
      return d;
    }
    if (m.group(3) != null) {
      return day.minusDays(1);
    }
    String month = m.group(4) != null ? m.group(4) : m.group(7);
    String dayOfMonth = m.group(5) != null ? m.group(5) : m.group(6);
    Month mo = month(month);
    int dom = Integer.parseInt(dayOfMonth);
    if (mo == null || dom < 1 || dom > mo.maxLength()) {
      return null;
    }
    if (mo == Month.MAY && m.group(4) != null && Character.isLowerCase(month.charAt(0))) {
      return null; // "may 5" in lower case is the modal before a number, not the month
    }
    for (int year = day.getYear(); year >= day.getYear() - 1; year--) {
      if (dom <= mo.length(java.time.Year.isLeap(year))) {
        LocalDate d = LocalDate.of(year, mo, dom);
        if (!d.isAfter(day)) {
          return d;
        }
      }
    }
    return null;
  }

  private static @Nullable Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
        return mo;
      }
    }
    return null;
  }
}
