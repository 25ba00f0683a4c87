package dev.parley.ingest.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bylines: the line that names an article's author, such as "by Jane Doe, Senior Editor". The
 * author is the name without "by" and without the job title; a byline that names only a role ("by
 * Chief Editor") is kept as printed.
 */
public final class Bylines {
  private static final Pattern BY =
      Pattern.compile(
          "^(written |posted |reported |words |story )?by:?\\s+", Pattern.CASE_INSENSITIVE);

  private static final Set<String> ROLE_WORDS =
      Set.of(
          "senior",
          "chief",
          "editor",
          "editors",
          "news",
          "reporter",
          "correspondent",
          "writer",
          "staff",
          "contributor",
          "contributing",
          "columnist",
          "analyst",
          "managing",
          "deputy",
          "associate",
          "political",
          "foreign",
          "executive",
          "editorial",
          "desk",
          "team",
          "head",
          "director",
          "producer",
          "journalist",
          "author",
          "freelance",
          "international",
          "world",
          "politics",
          "business",
          "economics",
          "diplomatic",
          "defence",
          "defense",
          "security",
          "assistant",
          "special",
          "bureau",
          "lead",
          "principal",
          "global",
          "affairs",
          "europe",
          "editor-in-chief",
          "photographer",
          "commentator",
          "fellow");

  private Bylines() {}

  /** Returns whether a line reads as a byline: "by" followed by at most eight words. */
  public static boolean isByline(String line) {
    String s = line.strip();
    if (!BY.matcher(s).find()) {
      return false;
    }
    int words = HtmlBlocks.countWords(s);
    return words >= 2 && words <= 9 && !s.endsWith(".");
  }

  /**
   * Returns the author a byline names, or null when the text is not a byline. The leading "by" and
   * any job title after the name are removed; if the byline names only a role, the role is returned
   * as printed.
   */
  public static @Nullable String author(String line) {
    String s = BodyBuilder.collapse(line);
    var m = BY.matcher(s);
    if (m.find()) {
      s = s.substring(m.end());
    }
    s = s.replaceAll("[|•·].*$", "").strip();
    int comma = s.indexOf(',');
    if (comma > 0) {
      s = s.substring(0, comma).strip();
    }
    if (s.isEmpty()) {
      return null;
    }
    String[] tokens = s.split(" ", -1);
    List<String> name = new ArrayList<>();
    for (String token : tokens) {
      String bare = token.replaceAll("[^\\p{L}-]", "").toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(bare) || token.equals("-") || token.equals("–")) {
        break;
      }
      name.add(token);
    }
    if (name.isEmpty()) {
      return s;
    }
    return String.join(" ", name);
  }

  /** Returns the author named in a meta tag or structured data value, or null if it names none. */
  static @Nullable String cleanName(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = BodyBuilder.collapse(value);
    if (s.isEmpty() || s.startsWith("http") || s.contains("/") || s.contains("@")) {
      return null;
    }
    if (BY.matcher(s).find()) {
      return author(s);
    }
    return s;
  }
}
