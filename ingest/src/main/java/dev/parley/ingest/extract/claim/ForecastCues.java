package dev.parley.ingest.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark, frame or rule out a forecast, read from the resource {@code
 * forecast-cues.tsv} beside this class: one word and one {@link Kind} a line, tab-separated, in
 * normal form (lower case, straight apostrophe); a line that starts with "#" is a comment.
 */
final class ForecastCues {
  /** What a cue word does. */
  enum Kind {
    /** A modal of the future ("will", "shall", "wo" of "won't", "going" of "going to"). */
    FUTURE,
    /** A modal of possibility or a backshifted future ("could", "would", "may", "might"). */
    HEDGED,
    /** A verb whose subject forecasts ("predicts", "expects"). */
    FORECAST,
    /** A verb of belief that frames a forecast when a modal follows ("believes", "suspects"). */
    BELIEF,
    /** A verb of saying that frames a forecast when a future modal follows ("said"). */
    REPORT,
    /** A belief verb that is part of the hedge ("doubted that … would"). */
    DOUBT,
    /** A frame or adverb whose clause is a wish, plan or promise ("hopes", "wants"). */
    NOT_FORECAST,
    /** A verb that with "will" states a dependency, not an outcome ("depend"). */
    STATIVE,
    /**
     * A past participle that in a future passive without agent announces an arrangement ("will be
     * held", "will be set up").
     */
    ARRANGEMENT,
    /** A subject that makes a clause a general truth ("you", "someone"). */
    GENERIC,
    /** A first-person subject ("I", "we"). */
    SELF,
    /** A word before "may" that makes it the month. */
    MONTH_CONTEXT,
    /** A form of "be". */
    BE,
    /** An auxiliary that right after a name makes the name a clause's subject. */
    FINITE,
    /** A conjunction after a comma that may open another speaker's clause. */
    CLAUSE_JOIN,
    /** A determiner. */
    DETERMINER,
    /** A negator of a frame verb. */
    NEGATION,
    /** An auxiliary before a negated frame verb. */
    AUXILIARY,
    /** A subordinator that opens a condition ("if"). */
    CONDITION,
    /** An indefinite article. */
    INDEFINITE
  }

  private static final Map<Kind, Set<String>> WORDS = read("forecast-cues.tsv");

  private ForecastCues() {}

  /** Returns whether the word (in normal form) is a cue of the kind. */
  static boolean is(String word, Kind kind) {
    return WORDS.getOrDefault(kind, Set.of()).contains(word);
  }

  private static Map<Kind, Set<String>> read(String resource) {
    Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      out.put(k, new HashSet<>());
    }
    try (InputStream in = ForecastCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected " + resource + " beside ForecastCues on the class path, but found none");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\t", -1);
        if (f.length != 2) {
          throw new IllegalStateException(
              "expected a word and a kind in " + resource + " line " + n + ", but found: " + line);
        }
        Kind kind = Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        out.computeIfAbsent(kind, x -> new HashSet<>()).add(f[0].strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Kind, Set<String>> frozen = new EnumMap<>(Kind.class);
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return frozen;
  }
}
