package dev.parley.ingest.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Publication dates as pages, feeds and bylines write them: ISO 8601, RFC 822/1123, and English
 * "June 5, 2025" / "5 June 2025" forms.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,? (\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private Dates() {}

  /** Returns the date a string states, or null when it states none that can be read. */
  public static @Nullable LocalDate parse(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    try {
      return LocalDate.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the looser forms below
    }
    m = MONTH_DAY_YEAR.matcher(t);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      return month == null ? null : of(m.group(3), Integer.toString(month), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      return month == null ? null : of(m.group(3), Integer.toString(month), m.group(1));
    }
    m = SLASHED.matcher(t);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  private static @Nullable LocalDate of(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
