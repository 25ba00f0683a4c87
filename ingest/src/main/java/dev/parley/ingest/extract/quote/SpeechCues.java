package dev.parley.ingest.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that mark reported speech, read from the resources {@code speech-verbs.txt} ("said",
 * "told", "warned") and {@code speech-nouns.txt} ("statement", "reply"): one word a line, lower
 * case, {@code #} starting a comment.
 */
final class SpeechCues {
  /** Verbs whose subject speaks the quote they govern, as written. */
  static final Set<String> VERBS = read("speech-verbs.txt");

  /** Nouns whose owner speaks the quote they introduce. */
  static final Set<String> NOUNS = read("speech-nouns.txt");

  private SpeechCues() {}

  /** Returns whether the word, in any case, is a speech verb. */
  static boolean isVerb(String word) {
    return VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  static Set<String> read(String resource) {
    try (InputStream in = SpeechCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected " + resource + " beside SpeechCues on the class path, but found none");
      }
      Set<String> words = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
