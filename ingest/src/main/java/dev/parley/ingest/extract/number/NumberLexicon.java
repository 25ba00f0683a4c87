package dev.parley.ingest.extract.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words of quantities, read from three resources beside this class: {@code number-words.tsv}
 * (numbers written as words and scale words, with their values), {@code number-context.tsv}
 * (currency signs, units, ranks, months and the words skipped before a counted noun) and {@code
 * not-counted.txt} (words that follow a quantity without being what it counts). A line that starts
 * with "# " is a comment; "#" followed by a tab is the rank sign.
 */
final class NumberLexicon {
  /** What a context phrase says about the number beside it. */
  enum Kind {
    CURRENCY,
    UNIT,
    TIME,
    RANK,
    MONTH,
    SKIP
  }

  /** A context phrase: its tokens in normal form, its kind and its canonical unit (or ""). */
  record Phrase(String[] tokens, Kind kind, String unit) {}

  private static final Map<String, Double> NUMBERS = new HashMap<>();
  private static final Map<String, Double> SCALES = new HashMap<>();
  private static final List<Phrase> PHRASES = new ArrayList<>();
  private static final Map<String, Phrase> SINGLE = new HashMap<>();
  private static final Set<String> NOT_COUNTED = new HashSet<>();

  static {
    for (String[] f : rows("number-words.tsv", 3)) {
      double value = Double.parseDouble(f[1]);
      switch (f[2]) {
        case "number" -> NUMBERS.put(f[0], value);
        case "scale" -> SCALES.put(f[0], value);
        default ->
            throw new IllegalStateException(
                "expected kind number or scale in number-words.tsv, but found " + f[2]);
      }
    }
    for (String[] f : rows("number-context.tsv", 2)) {
      Kind kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
      Phrase p = new Phrase(f[0].split(" ", -1), kind, f.length > 2 ? f[2] : "");
      PHRASES.add(p);
      if (p.tokens().length == 1) {
        SINGLE.putIfAbsent(f[0], p);
      }
    }
    // longest first, so that "square meter" wins over "meter"
    PHRASES.sort(Comparator.comparingInt((Phrase p) -> -p.tokens().length));
    for (String[] f : rows("not-counted.txt", 1)) {
      NOT_COUNTED.add(f[0]);
    }
  }

  private NumberLexicon() {}

  /** Returns the value of a number word ("three", "thousands"), or null. */
  static @Nullable Double number(String word) {
    return NUMBERS.get(word);
  }

  /** Returns the factor of a scale word ("million"), or null. */
  static @Nullable Double scale(String word) {
    return SCALES.get(word);
  }

  /** Returns the one-token phrase of this word, or null. */
  static @Nullable Phrase single(String word) {
    return SINGLE.get(word);
  }

  /** Returns whether the word is of the given kind as a one-token phrase. */
  static boolean is(String word, Kind kind) {
    Phrase p = SINGLE.get(word);
    return p != null && p.kind() == kind;
  }

  /** Returns the context phrases, longest first. */
  static List<Phrase> phrases() {
    return PHRASES;
  }

  /** Returns whether the word follows a quantity without being what it counts. */
  static boolean notCounted(String word) {
    return NOT_COUNTED.contains(word);
  }

  private static List<String[]> rows(String resource, int fields) {
    try (InputStream in = NumberLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected " + resource + " beside NumberLexicon on the class path, but found none");
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("# ") || line.strip().equals("#")) {
          continue;
        }
        String[] f = line.strip().split("\t", -1);
        if (f.length < fields) {
          throw new IllegalStateException(
              "expected at least "
                  + fields
                  + " tab-separated fields in "
                  + resource
                  + " line "
                  + n
                  + ", but found "
                  + f.length);
        }
        f[0] = f[0].strip().toLowerCase(Locale.ROOT);
        out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
