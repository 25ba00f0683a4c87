package dev.parley.ingest.content;

import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.DocumentMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Main-content extraction for plain text scraped from a web page: finds where the article starts
 * and ends among the page's navigation, title, byline, notices and comment prompts, and reads the
 * title, author and date from the lines above the article.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScrapedTextExtractor {
  /*
   * Each line (or, in text whose paragraphs are separated by blank lines and hard-wrapped, each
   * paragraph) is classified on its own: boilerplate by vocabulary (navigation, "Published on",
   * notices), a byline ("by ..."), prose (enough words and a sentence-ending mark), or a short line
   * (a title, deck, heading or label). The article starts at the first prose line after the title
   * and byline, so the deck just above it and everything before it stay out. It ends at the last
   * prose, heading or list line before the first terminator: a line that opens the page's tail,
   * such as "You may also like", "Leave a Comment", "Read also:" or a prompt to comment. A text
   * that ends in mid-sentence with no terminator keeps its last paragraph when it is long enough
   * to be one (a cut-off scrape). When the header states no date, the dateline that opens the
   * first paragraph ("KYIV, Dec 3 (Reuters) –") gives it (Datelines).
   */

  /** Lines that are page furniture wherever they appear. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^(home|menu|search|skip to (main )?content|connect with us|follow us.{0,40}"
              + "|share( this( article| story)?)?( on \\w+)?|tweet|email|print|published|updated"
              + "|posted|on|advertisement|sponsored( content)?|subscribe|sign in|log in|register"
              + "|close|image|photo|video|listen( to this article)?|\\d+ min(ute)?s? read"
              + "|(published|updated|posted)( on|:)? .{1,40}|tags?:.{0,200}|categor(y|ies):.{0,200}"
              + "|all rights reserved.*|copyright.{0,100}|©.{0,100})[\\s.:!]*$",
          Pattern.CASE_INSENSITIVE);

  /** Lines that open a page's tail: nothing after them belongs to the article. */
  private static final Pattern TERMINATOR =
      Pattern.compile(
          "^(you (may|might) also like|related( articles| posts| stories| news| coverage)?|read also"
              + "|read more|see also|more (from|on|stories|news)\\b.{0,40}|recommended( for you)?"
              + "|leave a (comment|reply)|click to comment|continue reading|comments?( \\(\\d+\\))?"
              + "|\\d+ comments?|post a comment|join the (conversation|discussion)|add a comment"
              + "|adblock detected|explore further|trending( now)?|most (read|popular)|popular posts"
              + "|latest (news|posts|stories)|about the author|share this( article| post)?"
              + "|this site uses akismet.*|your email address will not be published.*"
              + "|previous (post|article)|next (post|article))\\b.{0,200}$",
          Pattern.CASE_INSENSITIVE);

  /** A prompt that asks readers to comment, which ends an article. */
  private static final Pattern COMMENT_PROMPT =
      Pattern.compile(
          "(in the comments( section)?( below)?|share your (thoughts|perspectives?|views|opinions?)"
              + "|what are your (thoughts|predictions|views)|what do you think\\?"
              + "|let us know (in|what)|join the discussion)",
          Pattern.CASE_INSENSITIVE);

  /** A label that opens a pointer to other articles, such as "Read also: ...". */
  private static final Pattern TAIL_LEAD =
      Pattern.compile(
          "^(explore further|read also|also read|read more|see also|related|more on this)\\s*:",
          Pattern.CASE_INSENSITIVE);

  /** How many words a last unit without a sentence end needs to count as a cut-off paragraph. */
  private static final int CUT_OFF_WORDS = 15;

  private static final Pattern YEAR_IN_URL = Pattern.compile("/((?:19|20)\\d\\d)/");

  private static final Pattern BREADCRUMB = Pattern.compile(".+\\s[»›>/|]\\s.+\\s[»›>/|]\\s.+");
  private static final Pattern BULLET = Pattern.compile("^([•·▪‣◦*–-]|\\d{1,2}[.)])\\s+");

  private enum LineKind {
    FURNITURE,
    TERMINATOR,
    BYLINE,
    PROSE,
    SHORT
  }

  private record Line(String text, LineKind kind, boolean bullet) {}

  /** Creates an extractor with the default rules. */
  public ScrapedTextExtractor() {}

  /**
   * Returns the article in scraped text: its body as blocks, its title, and the author and date its
   * byline states.
   *
   * @param base metadata already known from elsewhere (a file name, a URL); its non-null fields win
   *     over what the text states
   */
  public ExtractedContent extract(String text, DocumentMetadata base) {
    List<Line> lines = classify(split(text));
    int first = -1;
    String title = null;
    String fallbackTitle = null;
    String author = null;
    LocalDate date = null;
    int i = 0;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind == LineKind.PROSE && !line.bullet) {
        first = i;
        break;
      }
      switch (line.kind) {
        case BYLINE -> {
          if (author == null) {
            author = Bylines.author(line.text);
          }
          if (date == null) {
            date = headerDate(line.text);
          }
        }
        case SHORT, FURNITURE -> {
          if (line.kind == LineKind.SHORT && !BREADCRUMB.matcher(line.text).matches()) {
            int words = HtmlBlocks.countWords(line.text);
            if (title == null && words >= 3) {
              title = line.text;
            } else if (fallbackTitle == null && words >= 1) {
              fallbackTitle = line.text;
            }
          }
          if (date == null) {
            date = headerDate(line.text);
          }
        }
        default -> {}
      }
    }
    if (title == null) {
      title = fallbackTitle;
    }
    if (date == null && first >= 0) {
      date = Datelines.dateOf(lines.get(first).text, yearOf(base.url()));
    }
    BodyBuilder body = new BodyBuilder();
    if (first >= 0) {
      int end = lines.size();
      for (int j = first; j < lines.size(); j++) {
        if (lines.get(j).kind == LineKind.TERMINATOR) {
          end = j;
          break;
        }
      }
      int last = end - 1;
      while (last > first && !isTail(lines.get(last)) && !isCutOff(lines, last, end)) {
        last--;
      }
      for (int j = first; j <= last; j++) {
        Line line = lines.get(j);
        if (line.kind == LineKind.FURNITURE || line.kind == LineKind.BYLINE) {
          continue;
        }
        BlockKind kind =
            line.bullet
                ? BlockKind.LIST_ITEM
                : line.kind == LineKind.SHORT ? BlockKind.HEADING : BlockKind.PARAGRAPH;
        String blockText = line.bullet ? BULLET.matcher(line.text).replaceFirst("") : line.text;
        body.add(blockText, kind);
      }
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            base.title() != null ? base.title() : title,
            base.author() != null ? base.author() : author,
            base.published() != null ? base.published() : date,
            base.outlet(),
            base.url(),
            base.language());
    ExtractedContent content = body.build(metadata);
    if (metadata.language() == null) {
      content =
          content.withMetadata(
              new DocumentMetadata(
                  metadata.title(),
                  metadata.author(),
                  metadata.published(),
                  metadata.outlet(),
                  metadata.url(),
                  LanguageGuesser.guess(content.text())));
    }
    return content;
  }

  /**
   * Whether the unit at {@code i} is the article's last paragraph cut off in mid-sentence: the text
   * ends with it (no terminator follows) and it is long enough to be prose rather than a title or
   * label.
   */
  private static boolean isCutOff(List<Line> lines, int i, int end) {
    Line line = lines.get(i);
    return end == lines.size()
        && i == end - 1
        && line.kind == LineKind.SHORT
        && !line.bullet
        && HtmlBlocks.countWords(line.text) >= CUT_OFF_WORDS;
  }

  private static boolean isTail(Line line) {
    return line.kind == LineKind.PROSE || line.bullet;
  }

  /** The year a story's address names ("/2025/06/"), or null. */
  static @Nullable Integer yearOf(@Nullable String url) {
    if (url == null) {
      return null;
    }
    Matcher m = YEAR_IN_URL.matcher(url);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static @Nullable LocalDate headerDate(String line) {
    if (HtmlBlocks.countWords(line) > 12) {
      return null;
    }
    return Dates.parse(line);
  }

  /**
   * Splits text into its units: lines, or paragraphs when the text separates paragraphs with blank
   * lines and wraps them over several lines.
   */
  private static List<String> split(String text) {
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int runs = 0;
    int nonEmpty = 0;
    boolean inRun = false;
    for (String line : raw) {
      boolean empty = line.isBlank();
      if (!empty) {
        nonEmpty++;
        if (!inRun) {
          runs++;
        }
      }
      inRun = !empty;
    }
    boolean wrapped = runs > 0 && (double) nonEmpty / runs >= 2.0 && isHardWrapped(raw);
    List<String> units = new ArrayList<>();
    if (!wrapped) {
      for (String line : raw) {
        String clean = BodyBuilder.collapse(line);
        if (!clean.isEmpty()) {
          units.add(clean);
        }
      }
      return units;
    }
    StringBuilder paragraph = new StringBuilder();
    for (String line : raw) {
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          units.add(BodyBuilder.collapse(paragraph.toString()));
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(line).append(' ');
      }
    }
    if (paragraph.length() > 0) {
      units.add(BodyBuilder.collapse(paragraph.toString()));
    }
    return units;
  }

  private static boolean isHardWrapped(String[] lines) {
    int counted = 0;
    int shortish = 0;
    for (String line : lines) {
      if (!line.isBlank()) {
        counted++;
        if (line.length() <= 100) {
          shortish++;
        }
      }
    }
    return counted > 0 && shortish >= 0.9 * counted;
  }

  private static List<Line> classify(List<String> units) {
    List<Line> out = new ArrayList<>(units.size());
    for (String unit : units) {
      boolean bullet = BULLET.matcher(unit).find();
      out.add(new Line(unit, kindOf(unit), bullet));
    }
    return out;
  }

  private static LineKind kindOf(String line) {
    int words = HtmlBlocks.countWords(line);
    if (words <= 12 && TERMINATOR.matcher(line).matches()) {
      return LineKind.TERMINATOR;
    }
    if (TAIL_LEAD.matcher(line).find()) {
      return LineKind.TERMINATOR;
    }
    if (words <= 40 && COMMENT_PROMPT.matcher(line).find()) {
      return LineKind.TERMINATOR;
    }
    if (words <= 30 && FURNITURE.matcher(line).matches()) {
      return LineKind.FURNITURE;
    }
    if (words <= 20 && BREADCRUMB.matcher(line).matches() && !endsSentence(line)) {
      return LineKind.FURNITURE;
    }
    if (Bylines.isByline(line)) {
      return LineKind.BYLINE;
    }
    if (words >= 8 && endsSentence(line)) {
      return LineKind.PROSE;
    }
    return LineKind.SHORT;
  }

  static boolean endsSentence(String s) {
    int end = s.length() - 1;
    while (end >= 0 && isCloser(s.charAt(end))) {
      end--;
    }
    if (end < 0) {
      return false;
    }
    char c = s.charAt(end);
    return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '…' || c == ':';
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\''
        || c == ')'
        || c == '\u00BB'
        || c == ' ';
  }
}
