package dev.parley.core.ledger;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a horizon as written ("within three weeks", "by the end of the year", "by Friday") and the
 * date a prediction was made into the date it resolves on.
 *
 * <p>The date is the <em>latest</em> the words allow, so that no prediction is judged before its
 * time: "within three weeks" from 2025-08-19 is 2025-09-09, "by Friday" is the first Friday after
 * the day it was said, "by August" and "in August" are 31 August, "two or three weeks" is three
 * weeks, "within 36 hours" is two days. "Before" a day or date is the day before it. A month or a
 * date written without a year is its next occurrence that does not end before the prediction was
 * made. Weeks end on Sunday (ISO 8601). A form not understood, or one that would resolve before the
 * prediction was made, gives null. docs/ledger.md lists the forms.
 */
public final class HorizonResolver {
  private static final String NUMBER =
      "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a couple of"
          + "|couple of)";
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final String DAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(no later than|not later than|within|inside of|inside|in|by|before|until|till|over|"
              + "during|on|at|around|towards|toward)\\s+");
  private static final Pattern SUFFIX =
      Pattern.compile(
          "(,?\\s*(at the latest|or so|or sooner|at most|from now|time|'s time|s' time))+$");
  private static final Pattern DURATION =
      Pattern.compile(
          "^(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+)?"
              + NUMBER
              + "(?:\\s*(?:-|to|or)\\s*"
              + NUMBER
              + ")?\\s+(hour|day|week|fortnight|month|year)s?(?:'s?)?$");
  private static final Pattern BARE_UNIT =
      Pattern.compile("^the\\s+(?:next|coming|following)\\s+(hour|day|week|fortnight|month|year)$");
  private static final Pattern END_OF_PERIOD =
      Pattern.compile(
          "^(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+|this\\s+|(next)\\s+)?"
              + "(week|month|quarter|year|summer)$");
  private static final Pattern PERIOD_END =
      Pattern.compile("^(?:the\\s+)?(year|month|week)[- ]end$");
  private static final Pattern THIS_NEXT =
      Pattern.compile("^(?:(this|next|the)\\s+)(week|weekend|month|year)$");
  private static final Pattern DAY_OF_WEEK =
      Pattern.compile("^(?:(?:next|this|coming|the coming)\\s+)?" + DAYS + "$");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "^(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+"
              + MONTHS
              + "(?:,?\\s+(\\d{4}))?$");
  private static final Pattern MONTH_DAY =
      Pattern.compile("^" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$");
  private static final Pattern MONTH =
      Pattern.compile(
          "^(?:the\\s+)?(?:(end|start|beginning|middle)\\s+of\\s+|(early|mid|late)[- ]?)?"
              + MONTHS
              + "(?:\\s+(\\d{4}))?$");
  private static final Pattern YEAR =
      Pattern.compile("^(?:the\\s+)?(?:(?:end|close)\\s+of\\s+)?(\\d{4})$");
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("a couple of", 2),
          Map.entry("couple of", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30));

  private HorizonResolver() {}

  /**
   * Returns the date a horizon falls on, counted from the date the prediction was made, or null
   * when the form is not understood or the date would fall before {@code madeOn}.
   */
  public static @Nullable LocalDate resolve(@Nullable String horizon, LocalDate madeOn) {
    Objects.requireNonNull(madeOn, "madeOn");
    if (horizon == null) {
      return null;
    }
    String text =
        horizon
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replaceAll("[.;:!?\"]+$", "")
            .replaceAll("\\s+", " ")
            .strip();
    String prefix = "";
    Matcher p = PREFIX.matcher(text);
    while (p.find()) {
      prefix = prefix.isEmpty() ? p.group(1) : prefix;
      text = text.substring(p.end());
      p = PREFIX.matcher(text);
    }
    text = SUFFIX.matcher(text).replaceFirst("").strip();
    boolean before = prefix.equals("before");
    LocalDate date;
    try {
      date = date(text, madeOn, before);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
    return date == null || date.isBefore(madeOn) ? null : date;
  }

  private static @Nullable LocalDate date(String text, LocalDate made, boolean before) {
    Matcher m = DURATION.matcher(text);
    if (m.matches()) {
      Integer low = number(m.group(1));
      Integer high = m.group(2) == null ? low : number(m.group(2));
      if (low == null || high == null) {
        return null;
      }
      return plus(made, Math.max(low, high), m.group(3));
    }
    m = BARE_UNIT.matcher(text);
    if (m.matches()) {
      return plus(made, 1, m.group(1));
    }
    m = END_OF_PERIOD.matcher(text);
    if (m.matches()) {
      return endOf(m.group(2), made, m.group(1) != null);
    }
    m = PERIOD_END.matcher(text);
    if (m.matches()) {
      return endOf(m.group(1), made, false);
    }
    m = THIS_NEXT.matcher(text);
    if (m.matches()) {
      boolean next = m.group(1).equals("next");
      String unit = m.group(2);
      if (unit.equals("weekend")) {
        LocalDate sunday = made.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return next ? sunday.plusWeeks(1) : sunday;
      }
      if (m.group(1).equals("the")) {
        return null;
      }
      return endOf(unit, made, next);
    }
    m = DAY_OF_WEEK.matcher(text);
    if (m.matches()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate next = made.with(TemporalAdjusters.next(day));
      return before ? next.minusDays(1) : next;
    }
    m = DAY_MONTH.matcher(text);
    if (m.matches()) {
      return dayOfMonth(made, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), before);
    }
    m = MONTH_DAY.matcher(text);
    if (m.matches()) {
      return dayOfMonth(made, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), before);
    }
    m = MONTH.matcher(text);
    if (m.matches()) {
      return month(made, m.group(1), m.group(2), month(m.group(3)), m.group(4), before);
    }
    m = YEAR.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      return before ? LocalDate.of(year - 1, 12, 31) : LocalDate.of(year, 12, 31);
    }
    m = ISO.matcher(text);
    if (m.matches()) {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return before ? d.minusDays(1) : d;
    }
    return named(text, made, before);
  }

  private static @Nullable LocalDate named(String text, LocalDate made, boolean before) {
    return switch (text) {
      case "today", "tonight", "the end of the day", "end of the day" -> made;
      case "tomorrow" -> made.plusDays(1);
      case "the day after tomorrow" -> made.plusDays(2);
      case "christmas", "christmas day" -> {
        LocalDate christmas = LocalDate.of(made.getYear(), 12, 25);
        LocalDate next = christmas.isBefore(made) ? christmas.plusYears(1) : christmas;
        yield before ? next.minusDays(1) : next;
      }
      case "the new year", "new year", "new year's", "new year's day" -> {
        LocalDate newYear = LocalDate.of(made.getYear() + 1, 1, 1);
        yield before ? newYear.minusDays(1) : newYear;
      }
      default -> null;
    };
  }

  private static @Nullable Integer number(String word) {
    Integer n = WORDS.get(word);
    if (n != null) {
      return n;
    }
    return word.chars().allMatch(Character::isDigit) ? Integer.valueOf(word) : null;
  }

  private static LocalDate plus(LocalDate made, int n, String unit) {
    return switch (unit) {
      case "hour" -> made.plusDays((n + 23) / 24);
      case "day" -> made.plusDays(n);
      case "week" -> made.plusWeeks(n);
      case "fortnight" -> made.plusWeeks(2L * n);
      case "month" -> made.plusMonths(n);
      default -> made.plusYears(n);
    };
  }

  private static @Nullable LocalDate endOf(String unit, LocalDate made, boolean next) {
    return switch (unit) {
      case "week" ->
          made.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(next ? 1 : 0);
      case "month" -> made.plusMonths(next ? 1 : 0).with(TemporalAdjusters.lastDayOfMonth());
      case "quarter" -> {
        LocalDate q = made.plusMonths(next ? 3 : 0);
        int lastMonth = ((q.getMonthValue() - 1) / 3) * 3 + 3;
        yield q.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
      }
      case "year" -> LocalDate.of(made.getYear() + (next ? 1 : 0), 12, 31);
      case "summer" -> {
        LocalDate end = LocalDate.of(made.getYear() + (next ? 1 : 0), 8, 31);
        yield end.isBefore(made) ? end.plusYears(1) : end;
      }
      default -> null;
    };
  }

  private static Month month(String name) {
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(name.substring(0, 3))) {
        return month;
      }
    }
    throw new IllegalArgumentException("expected a month name, but found " + name);
  }

  private static LocalDate dayOfMonth(
      LocalDate made, Month month, int day, @Nullable String year, boolean before) {
    LocalDate date;
    if (year != null) {
      date = LocalDate.of(Integer.parseInt(year), month, day);
    } else {
      date = LocalDate.of(made.getYear(), month, day);
      if (date.isBefore(made)) {
        date = LocalDate.of(made.getYear() + 1, month, day);
      }
    }
    return before ? date.minusDays(1) : date;
  }

  private static LocalDate month(
      LocalDate made,
      @Nullable String part,
      @Nullable String shade,
      Month month,
      @Nullable String year,
      boolean before) {
    int y = year != null ? Integer.parseInt(year) : made.getYear();
    LocalDate first = LocalDate.of(y, month, 1);
    if (year == null && first.with(TemporalAdjusters.lastDayOfMonth()).isBefore(made)) {
      first = first.plusYears(1);
    }
    String where = part != null ? part : shade != null ? shade : "end";
    if (before && part == null && shade == null) {
      return first.minusDays(1);
    }
    return switch (where) {
      case "start", "beginning" -> first;
      case "early" -> first.withDayOfMonth(10);
      case "middle", "mid" -> first.withDayOfMonth(15);
      default -> first.with(TemporalAdjusters.lastDayOfMonth());
    };
  }
}
