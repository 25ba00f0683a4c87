package dev.parley.ingest.extract.claim;

import dev.parley.ingest.extract.text.AnalyzedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The horizon of a prediction as written ("within two weeks", "by 2050", "this year"), found by the
 * patterns of the resource {@code horizons.txt} beside this class: the first one written inside the
 * prediction's own words, else the last one written before them in its sentence, so that two
 * forecasts in one sentence keep their own ("X could meet within two weeks, and Y said a summit
 * could follow within three weeks"). The date it falls on is the core's {@code HorizonResolver}'s
 * to read.
 */
final class Horizons {
  private static final Pattern HORIZON = read("horizons.txt");

  private final AnalyzedText text;

  Horizons(AnalyzedText text) {
    this.text = text;
  }

  /** Returns whether a horizon is written inside tokens {@code [from, to)} of sentence s. */
  boolean inside(int s, int from, int to) {
    if (to <= from) {
      return false;
    }
    int start = text.start(from);
    int end = text.end(to - 1);
    int sentenceStart = text.sentenceSpan(s).start();
    Matcher h = HORIZON.matcher(text.sentenceText(s));
    while (h.find()) {
      int at = sentenceStart + h.start();
      if (at >= start && at < end) {
        return true;
      }
    }
    return false;
  }

  /** Returns the horizon of the prediction in tokens {@code [from, to)} of sentence s, or null. */
  @Nullable String of(int s, int from, int to) {
    int start = text.start(from);
    int end = text.end(to - 1);
    int sentenceStart = text.sentenceSpan(s).start();
    Matcher h = HORIZON.matcher(text.sentenceText(s));
    String before = null;
    while (h.find()) {
      int at = sentenceStart + h.start();
      if (at >= start && at < end) {
        return h.group().strip();
      }
      if (at < start) {
        before = h.group().strip();
      }
    }
    return before;
  }

  /** Returns the first horizon written in a text, or null. */
  static @Nullable String firstIn(String text) {
    Matcher h = HORIZON.matcher(text);
    return h.find() ? h.group().strip() : null;
  }

  private static Pattern read(String resource) {
    List<String> alternatives = new ArrayList<>();
    try (InputStream in = Horizons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected " + resource + " beside Horizons on the class path, but found none");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String p = line.strip();
        if (!p.isEmpty() && !p.startsWith("# ")) {
          alternatives.add("(?:" + p + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Pattern.compile(
        "\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
