package dev.parley.core.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The mapping from hedge words ("will", "likely", "could", "unlikely") to the probability a speaker
 * gives an event, read from a table kept as data ({@code hedge-scale.tsv}; docs/adr/0010 gives the
 * sources of its numbers).
 *
 * <p>The table has one row per phrase: phrase, probability, kind ({@code modal} or {@code
 * qualifier}) and source, tab-separated; {@code #} starts a comment line. The row {@code
 * (unhedged)} gives the probability of a statement with no hedge.
 *
 * <p>Reading a statement: text and phrases are normalised alike (lower case, accents, apostrophes
 * and punctuation removed, as in {@link LedgerKey}) and matched word by word. Of the phrases found,
 * a qualifier outranks a modal ("will probably" reads as "probably"), then the longest wins ("very
 * likely" over "likely"), then the first. A negation ("not", "never", "don't", "isn't" and the
 * like) just before the phrase, or "not"/"never" just after a modal ("will not"), turns its
 * probability p into 1 − p.
 */
public final class HedgeScale {
  private static final String UNHEDGED = "(unhedged)";
  private static final Set<String> NEGATIONS =
      Set.of(
          "not", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hardly");
  private static final Set<String> MONTH_CONTEXT =
      Set.of(
          "by", "in", "since", "until", "till", "before", "after", "of", "early", "mid", "late",
          "end", "from", "during", "next", "last", "this");
  private static final Set<String> AFTER_MODAL = Set.of("not", "never");

  private final List<Row> rows;
  private final Row unhedged;

  private record Row(
      String[] words, String phrase, double probability, boolean modal, String source) {}

  private HedgeScale(List<Row> rows, Row unhedged) {
    this.rows = List.copyOf(rows);
    this.unhedged = unhedged;
  }

  /**
   * Returns the scale a table describes.
   *
   * @throws IllegalArgumentException naming the line, when a row does not have four fields, a
   *     probability in [0, 1] or a known kind, when a phrase repeats, or when the {@code
   *     (unhedged)} row is missing
   */
  public static HedgeScale parse(String table) {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    @Nullable Row unhedged = null;
    String[] lines = table.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = lines[n].split("\t", -1);
      String at = "hedge scale line " + (n + 1) + ": ";
      if (f.length != 4) {
        throw new IllegalArgumentException(
            at + "expected 4 tab-separated fields, but found " + f.length);
      }
      double p;
      try {
        p = Double.parseDouble(f[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            at + "expected a probability, but found \"" + f[1] + "\"", e);
      }
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(at + "expected a probability in [0, 1], but found " + p);
      }
      String kind = f[2].strip();
      if (!kind.equals("modal") && !kind.equals("qualifier")) {
        throw new IllegalArgumentException(
            at + "expected the kind modal or qualifier, but found \"" + kind + "\"");
      }
      String phrase = f[0].strip();
      String normal = phrase.equals(UNHEDGED) ? UNHEDGED : LedgerKey.normalise(phrase);
      if (normal.isEmpty() || !seen.add(normal)) {
        throw new IllegalArgumentException(
            at + "expected a new phrase, but found \"" + phrase + "\" empty or repeated");
      }
      Row row = new Row(normal.split(" "), normal, p, kind.equals("modal"), f[3].strip());
      if (normal.equals(UNHEDGED)) {
        unhedged = row;
      } else {
        rows.add(row);
      }
    }
    if (unhedged == null) {
      throw new IllegalArgumentException(
          "expected a row for " + UNHEDGED + " in the hedge scale, but found none");
    }
    return new HedgeScale(rows, unhedged);
  }

  /** Returns the phrases of the scale, normalised, in table order. */
  public List<String> phrases() {
    return rows.stream().map(Row::phrase).toList();
  }

  /** Returns the probability a phrase stands for on its own, or NaN if it is not in the scale. */
  public double probability(String phrase) {
    String normal = LedgerKey.normalise(phrase);
    for (Row row : rows) {
      if (row.phrase.equals(normal)) {
        return row.probability;
      }
    }
    return phrase.strip().toLowerCase(Locale.ROOT).equals(UNHEDGED)
        ? unhedged.probability
        : Double.NaN;
  }

  /** Returns the hedge of a statement and the probability it gives the event spoken of. */
  public HedgeReading read(String statement) {
    Objects.requireNonNull(statement, "statement");
    String normal = LedgerKey.normalise(statement);
    String[] words = normal.isEmpty() ? new String[0] : normal.split(" ");
    @Nullable Row best = null;
    int bestAt = -1;
    for (int i = 0; i < words.length; i++) {
      for (Row row : rows) {
        if (matches(words, i, row.words) && !isMonth(words, i, row) && better(row, best)) {
          best = row;
          bestAt = i;
        }
      }
    }
    if (best == null) {
      return new HedgeReading("", unhedged.probability, false, unhedged.source);
    }
    int end = bestAt + best.words.length;
    boolean before = bestAt > 0 && NEGATIONS.contains(words[bestAt - 1]);
    boolean after = best.modal && end < words.length && AFTER_MODAL.contains(words[end]);
    String phrase =
        before
            ? words[bestAt - 1] + " " + best.phrase
            : after ? best.phrase + " " + words[end] : best.phrase;
    boolean negated = before || after;
    double p = negated ? StrictMath.rint((1 - best.probability) * 1e9) / 1e9 : best.probability;
    return new HedgeReading(phrase, p, negated, best.source);
  }

  /** Returns whether a match of "may" is the month ("by May", "in May 2026", "May 9"). */
  private static boolean isMonth(String[] words, int at, Row row) {
    if (!row.phrase.equals("may")) {
      return false;
    }
    boolean dateBefore = at > 0 && MONTH_CONTEXT.contains(words[at - 1]);
    boolean numberAfter =
        at + 1 < words.length
            && !words[at + 1].isEmpty()
            && Character.isDigit(words[at + 1].charAt(0));
    return dateBefore || numberAfter;
  }

  private static boolean matches(String[] words, int at, String[] phrase) {
    if (at + phrase.length > words.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words[at + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a found row outranks the best so far (which was found earlier in the text). */
  private static boolean better(Row row, @Nullable Row best) {
    if (best == null) {
      return true;
    }
    if (row.modal != best.modal) {
      return !row.modal;
    }
    return row.words.length > best.words.length;
  }
}
