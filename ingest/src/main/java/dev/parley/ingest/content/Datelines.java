package dev.parley.ingest.content;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dateline that opens a news story: a place in capitals, then optionally a date and an agency,
 * then a dash ("KYIV, Dec 3 (Reuters) –", "WASHINGTON —", "BERLIN, Monday, June 2, 2025 —"). Only
 * its date is read; the place stays in the body, where the gold texts keep it.
 */
final class Datelines {
  /*
   * A dateline is the text before the first dash of a paragraph's opening 120 characters, when
   * that text starts with a word in capitals (a place, "NEW YORK") or with a date, holds no more
   * than 12 words and no sentence end. Its date is read by Dates; a day and month without a year
   * take the year of the page when one is known (a story dated in its metadata or URL) and are
   * otherwise left unread, since guessing the year would pin events to a wrong date.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^((?:\\p{Lu}[\\p{Lu}.'’-]+|(?i:mon|tue|wed|thu|fri|sat|sun)\\p{L}*)"
              + "[^!?—–]{0,100}?)\\s*(?:—|–|--| - )\\s*");

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CAPITAL_WORD = Pattern.compile("^\\p{Lu}{2,}");

  private Datelines() {}

  /**
   * Returns the text of the dateline a paragraph opens with, without its dash, or null when it
   * opens with none.
   */
  static @Nullable String of(String paragraph) {
    String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
    Matcher m = DATELINE.matcher(head);
    if (!m.find()) {
      return null;
    }
    String line = m.group(1).strip();
    if (HtmlBlocks.countWords(line) > 12 || line.isEmpty()) {
      return null;
    }
    boolean place = CAPITAL_WORD.matcher(line).find();
    boolean dated = Dates.parse(line) != null || MONTH_DAY.matcher(line).find();
    return place || dated ? line : null;
  }

  /**
   * Returns the date the dateline of a paragraph states, or null.
   *
   * @param year the year of the story when known from elsewhere, for a dateline that gives only a
   *     day and month ("Dec 3"); null when unknown
   */
  static @Nullable LocalDate dateOf(String paragraph, @Nullable Integer year) {
    String line = of(paragraph);
    if (line == null) {
      return null;
    }
    LocalDate full = Dates.parse(line);
    if (full != null || year == null) {
      return full;
    }
    Matcher m = MONTH_DAY.matcher(line);
    return m.find() ? Dates.parse(m.group(1) + " " + m.group(2) + ", " + year) : null;
  }
}
