package dev.parley.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules that read a document's kind from what ingestion stored about it, kept as data ({@code
 * source-rules.tsv} beside this class; docs/claims.md#source-profiles).
 *
 * <p>One row per rule: field, test, text, kind, tab-separated; {@code #} starts a comment line. The
 * field is {@code title}, {@code url} (the document's address, or its origin when it has none),
 * {@code outlet}, {@code byline} or {@code lead} (the first {@value #LEAD} characters of the clean
 * text). The test is {@code prefix} (the field starts with the text), {@code contains} (the field
 * holds it), {@code word} (the field holds it as whole words) or {@code host} (the address's host
 * is the text or one of its subdomains). Case is ignored. The first row that holds decides; when
 * none does, the document is taken for a news report and its profile says so.
 */
public final class SourceRules {
  /** How many characters of the clean text the {@code lead} field reads. */
  public static final int LEAD = 400;

  private static final List<String> FIELDS = List.of("title", "url", "outlet", "byline", "lead");
  private static final List<String> TESTS = List.of("prefix", "contains", "word", "host");

  private record Rule(String field, String test, String text, SourceKind kind) {
    String describe() {
      return field + " " + test + " \"" + text + "\"";
    }
  }

  /**
   * What ingestion stored about a document, as the rules read it.
   *
   * @param title the headline, or null
   * @param url the address, or the file it was read from, or null
   * @param outlet the outlet's name, or null
   * @param byline the author, or null
   * @param text the clean text, or null
   */
  public record Fields(
      @Nullable String title,
      @Nullable String url,
      @Nullable String outlet,
      @Nullable String byline,
      @Nullable String text) {}

  private final List<Rule> rules;

  private SourceRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Returns rules that match nothing: every document is assumed to be a news report. */
  public static SourceRules none() {
    return new SourceRules(List.of());
  }

  /**
   * Returns the rules a table describes.
   *
   * @throws IllegalArgumentException naming the line, when a row does not have four fields, a known
   *     field, test or kind, or a text
   */
  public static SourceRules parse(String table) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = table.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = lines[n].split("\t", -1);
      String at = "source rules line " + (n + 1) + ": ";
      if (f.length != 4) {
        throw new IllegalArgumentException(
            at + "expected 4 tab-separated fields, but found " + f.length);
      }
      String field = f[0].strip().toLowerCase(Locale.ROOT);
      String test = f[1].strip().toLowerCase(Locale.ROOT);
      String text = f[2].strip().toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            at + "expected a field among " + FIELDS + ", but found \"" + f[0] + "\"");
      }
      if (!TESTS.contains(test)) {
        throw new IllegalArgumentException(
            at + "expected a test among " + TESTS + ", but found \"" + f[1] + "\"");
      }
      if (text.isEmpty()) {
        throw new IllegalArgumentException(at + "expected a text to test for, but found none");
      }
      SourceKind kind =
          SourceKind.parse(f[3])
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          at
                              + "expected a kind among news_report, analysis, aggregator, but found"
                              + " \""
                              + f[3]
                              + "\""));
      rules.add(new Rule(field, test, text, kind));
    }
    return new SourceRules(rules);
  }

  /** Returns how many rules there are. */
  public int size() {
    return rules.size();
  }

  /**
   * Returns the profile of a document.
   *
   * @param published whether the document has a publication date
   */
  public SourceProfile profile(Fields fields, boolean published) {
    Objects.requireNonNull(fields, "fields");
    String byline = blankToNull(fields.byline());
    for (Rule r : rules) {
      String value = value(fields, r.field());
      if (value != null && holds(r, value.toLowerCase(Locale.ROOT))) {
        return new SourceProfile(
            blankToNull(fields.outlet()) != null, published, byline, r.kind(), r.describe());
      }
    }
    return new SourceProfile(
        blankToNull(fields.outlet()) != null,
        published,
        byline,
        SourceKind.NEWS_REPORT,
        SourceProfile.ASSUMED);
  }

  private static @Nullable String value(Fields f, String field) {
    return switch (field) {
      case "title" -> f.title();
      case "url" -> f.url();
      case "outlet" -> f.outlet();
      case "byline" -> f.byline();
      case "lead" ->
          f.text() == null ? null : f.text().substring(0, Math.min(LEAD, f.text().length()));
      default -> throw new IllegalStateException("unknown field " + field);
    };
  }

  private static boolean holds(Rule r, String value) {
    String v = value.strip();
    return switch (r.test()) {
      case "prefix" -> v.startsWith(r.text());
      case "contains" -> v.contains(r.text());
      case "word" -> containsWords(v, r.text());
      case "host" -> {
        String host = host(v);
        yield host != null && (host.equals(r.text()) || host.endsWith("." + r.text()));
      }
      default -> throw new IllegalStateException("unknown test " + r.test());
    };
  }

  private static boolean containsWords(String value, String words) {
    int from = 0;
    while (true) {
      int at = value.indexOf(words, from);
      if (at < 0) {
        return false;
      }
      int end = at + words.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(value.charAt(at - 1));
      boolean after = end == value.length() || !Character.isLetterOrDigit(value.charAt(end));
      if (before && after) {
        return true;
      }
      from = at + 1;
    }
  }

  /** Returns the host of an http(s) address, without {@code www.}, or null. */
  static @Nullable String host(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return null;
    }
    int start = scheme + 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(start, end);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
