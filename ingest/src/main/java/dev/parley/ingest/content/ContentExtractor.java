package dev.parley.ingest.content;

import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.DocumentMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Main-content extraction for HTML pages: finds the article body of a page and drops its
 * navigation, bylines, related links, share and comment prompts, and notices.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ContentExtractor {
  /*
   * How it works.
   *
   * 1. The page is parsed with jsoup and pruned: elements that never hold article text (scripts,
   *    form controls, navigation, asides, footers, hidden elements) are removed.
   * 2. The remaining tree is cut into text blocks (HtmlBlocks): each run of text between two
   *    block-level boundaries, with its link-text share and the link it opens with, if any.
   * 3. Every block gets a weight: positive for prose (enough words, sentence punctuation, little
   *    link text), negative for link lists, teasers (a headline link followed by a summary) and
   *    boilerplate phrases. Elements whose class or id names furniture (share, related, comment,
   *    newsletter, sidebar...) turn the weight of what they hold negative, unless they hold most of
   *    the page's prose (page-wide wrappers often carry such names); so do lists of other articles.
   * 4. The weight of an element is the sum over the blocks under it, discounted by 0.8 per level
   *    beyond the second, so the article container is the element with the largest sum: big
   *    enough to hold all the prose, small enough to leave the link-heavy furniture out. Siblings
   *    of the container that look alike or weigh a quarter as much join it (articles split into
   *    sections).
   * 5. Inside the container, blocks are kept or dropped one by one (furniture, link density,
   *    boilerplate vocabulary, the title, bylines and dates, teasers), and the leading and
   *    trailing runs that hold no prose are trimmed; link-heavy blocks are kept only between prose
   *    and when they read as sentences.
   */

  /** Class and id words that mark page furniture whatever else the element holds. */
  private static final Pattern STRONG_NEGATIVE =
      Pattern.compile(
          "comment|disqus|related|share|sharing|social|promo|newsletter|subscri|signup|sign-up"
              + "|advert|sponsor|breadcrumb|cookie|consent|popup|modal|recommend|trending"
              + "|most-?popular|most-?read|outbrain|taboola|footer|read-?more|more-stories"
              + "|also-?read|next-?article|inline-ad|ad-slot|ad-container|ad-wrapper|adslot"
              + "|^ad$|^ads$|-ad-|-ads-|_ad_|^ad-|dfp|tag-?list|^tags$|pagination|pager"
              + "|newsletter|donate|sr-only|visually-hidden|screen-reader|offscreen");

  /** Class and id words that mark furniture unless the element holds most of the page's prose. */
  private static final Pattern WEAK_NEGATIVE =
      Pattern.compile(
          "sidebar|side-bar|widget|banner|byline|author|dateline|timestamp|published|caption"
              + "|credit|topics|toolbar|masthead|menu|navigation|navbar|rating|jump|skip|print"
              + "|email|follow|meta|hidden|tooltip|overlay|teaser|gallery|slideshow|video|media-player"
              + "|header|foot|bottom|right-?rail|left-?rail|side-?rail|aside|nav");

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|paragraph"
              + "|column");

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "^(advertisement|advertisements|ad|sponsored|related( articles| stories| content"
              + "| posts| coverage| links)?|read more|read also|see also|more from .{0,40}"
              + "|recommended( for you| stories)?|share( this| on .{0,20}| article)?|tweet|email"
              + "|print|comments?|leave a (comment|reply)|click to comment|continue reading"
              + "|sign up( for .{0,60})?|subscribe( .{0,60})?|follow us( on .{0,30})?"
              + "|you may also like|more stories|most (read|popular)|trending( now)?"
              + "|top stories|editor'?s picks?|explore further|skip to .{0,30}"
              + "|image( \\d+)?( of \\d+)?|photo|video|watch( now)?|listen( now)?|loading\\W*"
              + "|all rights reserved.*|copyright .{0,80}|© .{0,80}|\\(c\\) .{0,80}"
              + "|updated .{0,40}|published .{0,40}|posted .{0,40}|last updated .{0,40}"
              + "|by [\\p{L} .'-]{2,60}|(\\w+ ){0,2}min(ute)?s? read|\\d+ comments?"
              + "|we use cookies.*|accept( all)?( cookies)?|close|menu|search|log ?in|sign ?in)"
              + "[\\s.:!|•»›>-]*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PROMO_SENTENCE =
      Pattern.compile(
          "(^also on |^read more:|^see also:|^related:|sign up for|subscribe to|get (our|the) .{0,40}newsletter|delivered (straight )?to your"
              + " inbox|follow us on|click here|download (our|the) app|support (our|independent)"
              + " journalism|this (article|story) (was|has been|is) (originally )?(published|updated"
              + "|produced)|contributed to this (report|story)|©|copyright \\d{4}|all rights"
              + " reserved|read (the )?(full|original) (story|article)|terms of (use|service)|privacy"
              + " policy|your email address|enable javascript|javascript is disabled|already a"
              + " subscriber|subscribe now|reporting by .{0,60}; editing by|we use cookies)",
          Pattern.CASE_INSENSITIVE);

  /** A photo credit that closes an image caption: "(Image: Agency)", "(Photo: Name)". */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "\\((image|photo|picture|pic|credit|foto)s?\\s*:[^()]{1,60}\\)\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(\\p{L}+ )?((updated|published|posted|modified)( on|:)? )?"
              + "((mon|tue|wed|thu|fri|sat|sun)\\w*,? )?"
              + "(\\d{1,2}[ /.-])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.?"
              + "( \\d{1,2},?)?( \\d{4})?(,? (at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( \\w{2,4})?)?"
              + "[\\s|•·-]*$",
          Pattern.CASE_INSENSITIVE);

  private static final int TOKEN_POSITIVE = 1;
  private static final int TOKEN_STRONG = 2;
  private static final int TOKEN_WEAK = 4;
  private static final Map<String, Integer> TOKEN_VERDICTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:h]\\d\\d\\b");

  private static final java.util.Set<String> REMOVE_TAGS =
      java.util.Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "canvas",
          "button",
          "select",
          "input",
          "textarea",
          "nav",
          "aside",
          "footer",
          "video",
          "audio",
          "map",
          "link",
          "meta",
          "picture",
          "source",
          "dialog",
          "menu");

  private static final double[] DECAY = decay(0.8, 40);

  private static double[] decay(double factor, int n) {
    double[] d = new double[n];
    d[0] = 1;
    for (int i = 1; i < n; i++) {
      d[i] = d[i - 1] * factor;
    }
    return d;
  }

  /** Creates an extractor with the default rules. */
  public ContentExtractor() {}

  /**
   * Returns the main content of an HTML page: its article body as blocks, and the title, author,
   * date, outlet, URL and language the page states.
   *
   * @param url the page's address, used for the outlet and relative links; null when unknown
   */
  public ExtractedContent extract(String html, @Nullable String url) {
    Document page = Jsoup.parse(html, url == null ? "" : url);
    return extract(page, url);
  }

  /**
   * Returns the main content of an already parsed page, as {@link #extract(String, String)} does.
   * The page is pruned in place (scripts, navigation and hidden elements are removed from it).
   */
  public ExtractedContent extract(Document page, @Nullable String url) {
    DocumentMetadata metadata = HtmlMetadata.of(page, url);
    Element body = page.body();
    prune(body);
    List<HtmlBlocks.Block> blocks = HtmlBlocks.of(body);
    List<HtmlBlocks.Block> kept = select(blocks, metadata.title());
    BodyBuilder out = new BodyBuilder();
    for (HtmlBlocks.Block b : kept) {
      out.add(b.text, b.kind);
    }
    if (metadata.published() == null && !kept.isEmpty()) {
      metadata = withDate(metadata, kept.get(0).text);
    }
    ExtractedContent content = out.build(metadata);
    return content.withMetadata(withLanguage(metadata, content.text()));
  }

  /** The metadata with the date of the dateline that opens the body, when it states one. */
  private static DocumentMetadata withDate(DocumentMetadata m, String firstBlock) {
    LocalDate date = Datelines.dateOf(firstBlock, ScrapedTextExtractor.yearOf(m.url()));
    return date == null
        ? m
        : new DocumentMetadata(m.title(), m.author(), date, m.outlet(), m.url(), m.language());
  }

  /**
   * Returns the blocks of an HTML fragment that is all body, such as a WordPress post's {@code
   * content.rendered} or a feed entry's content: its tags are removed, its entities decoded and its
   * no-break spaces made plain, and embedded scripts, share buttons and related-post lists are
   * dropped.
   */
  public ExtractedContent extractFragment(String html, DocumentMetadata metadata) {
    Element root = Jsoup.parseBodyFragment(html).body();
    for (Element e : root.select("script, style, noscript, template, iframe, svg, button, form")) {
      e.remove();
    }
    for (Element e : root.getAllElements()) {
      if (!e.equals(root)
          && e.parent() != null
          && isBoilerplateContainer(e)
          && !hasArticleText(e)) {
        e.remove();
      }
    }
    BodyBuilder out = new BodyBuilder();
    for (HtmlBlocks.Block b : HtmlBlocks.of(root)) {
      out.add(b.text, b.kind);
    }
    ExtractedContent content = out.build(metadata);
    return content.withMetadata(withLanguage(metadata, content.text()));
  }

  /** Returns the plain text of an HTML fragment, with entities decoded and whitespace collapsed. */
  public static String plainText(String html) {
    return BodyBuilder.collapse(Parser.unescapeEntities(Jsoup.parse(html).text(), false));
  }

  private static DocumentMetadata withLanguage(DocumentMetadata m, String text) {
    String language = m.language();
    if (language == null) {
      language = LanguageGuesser.guess(text);
    }
    return new DocumentMetadata(
        m.title(), m.author(), m.published(), m.outlet(), m.url(), language);
  }

  private static boolean isBoilerplateContainer(Element e) {
    String cls = classAndId(e);
    return !cls.isEmpty()
        && (cls.contains("share") || cls.contains("related") || cls.contains("social"));
  }

  private static boolean hasArticleText(Element e) {
    return e.selectFirst("p") != null && e.text().length() > 400;
  }

  private static void prune(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (REMOVE_TAGS.contains(tag)) {
        doomed.add(e);
        continue;
      }
      if (e.hasAttr("hidden")
          || ("true".equals(e.attr("aria-hidden")) && !e.normalName().equals("span"))) {
        doomed.add(e);
        continue;
      }
      String style = e.attr("style");
      if (!style.isEmpty()) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.contains("display:none") || s.contains("visibility:hidden")) {
          doomed.add(e);
          continue;
        }
      }
      String role = e.attr("role");
      if (role.equals("navigation")
          || role.equals("banner")
          || role.equals("contentinfo")
          || role.equals("complementary")
          || role.equals("dialog")
          || role.equals("alert")) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** The class-and-id judgement of one element, cached because blocks share ancestors. */
  private static final class ElementClass {
    private final IdentityHashMap<Element, Integer> cache = new IdentityHashMap<>();
    private final IdentityHashMap<Element, double[]> prose;
    private final double totalProse;

    ElementClass(IdentityHashMap<Element, double[]> prose, double totalProse) {
      this.prose = prose;
      this.totalProse = totalProse;
    }

    /**
     * Returns whether an element is page furniture: a comment section; a list of other articles
     * when the page has an article outside it; a strong boilerplate name on an element holding less
     * than 80% of the page's prose; or a weak one (or a strong one beside an article-like name) on
     * an element holding less than half of it.
     */
    boolean isNegative(Element e) {
      Boolean cached = negative.get(e);
      if (cached == null) {
        cached = judgeNegative(e);
        negative.put(e, cached);
      }
      return cached;
    }

    private boolean judgeNegative(Element e) {
      if (isListing(e, prose) && hasArticleOutside(e)) {
        return true;
      }
      int judged = of(e);
      if (judged == -2 && isCommentSection(e)) {
        return true;
      }
      if (judged == -1 && holdsEmbeddedPost(e)) {
        return false;
      }
      if (judged < 0) {
        double[] p = prose.get(e);
        double share = judged == -2 ? 0.8 : 0.5;
        return p == null || p[0] < share * totalProse;
      }
      return false;
    }

    private final IdentityHashMap<Element, Boolean> negativeCache = new IdentityHashMap<>();
    private final IdentityHashMap<Element, Boolean> negative = new IdentityHashMap<>();

    /** Returns whether the element or one of its ancestors is boilerplate. */
    boolean isInsideNegative(Element e) {
      Boolean cached = negativeCache.get(e);
      if (cached != null) {
        return cached;
      }
      List<Element> path = new ArrayList<>();
      boolean v = false;
      for (Element x = e; x != null; x = x.parent()) {
        Boolean known = negativeCache.get(x);
        if (known != null) {
          v = known;
          break;
        }
        path.add(x);
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        Element x = path.get(i);
        v = v || isNegative(x);
        negativeCache.put(x, v);
      }
      return v;
    }

    /**
     * Whether an element is the wrapper of an embedded post: its text is all in one blockquote (a
     * tweet or a social post quoted in the story), whatever its media-like class says.
     */
    private static boolean holdsEmbeddedPost(Element e) {
      Element quote = e.normalName().equals("blockquote") ? e : e.selectFirst("blockquote");
      return quote != null
          && HtmlBlocks.countWords(quote.text()) >= 10
          && quote.text().length() >= 0.9 * e.text().length();
    }

    private static boolean isCommentSection(Element e) {
      String s = classAndId(e);
      return s.contains("comment") || s.contains("disqus") || s.contains("respond");
    }

    private boolean hasArticleOutside(Element listing) {
      for (Map.Entry<Element, double[]> entry : prose.entrySet()) {
        Element e = entry.getKey();
        if (!e.normalName().equals("article") || isWithin(e, listing)) {
          continue;
        }
        if (!isWithin(listing, e)) {
          return true;
        }
        // a listing holds articles with prose, so it has prose itself
        double[] inListing = Objects.requireNonNull(prose.get(listing), "prose of the listing");
        if (entry.getValue()[0] > inListing[0] + 1e-9) {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns -2 for a strong boilerplate name, -3 for a strong one beside an article-like one, -1
     * for a weak boilerplate name, +1 for article-like names, 0 otherwise.
     */
    int of(Element e) {
      Integer cached = cache.get(e);
      if (cached != null) {
        return cached;
      }
      int v = judge(e);
      cache.put(e, v);
      return v;
    }

    private static int judge(Element e) {
      String tag = e.normalName();
      if (tag.equals("figcaption") || tag.equals("figure")) {
        return -1;
      }
      if (tag.equals("html") || tag.equals("body") || tag.equals("main")) {
        return 0;
      }
      String s = classAndId(e);
      int worst = 0;
      boolean positive = tag.equals("article");
      for (String token : WHITESPACE.split(s, -1)) {
        int verdict = tokenVerdict(token);
        if ((verdict & TOKEN_POSITIVE) != 0) {
          positive = true;
        }
        if ((verdict & TOKEN_STRONG) != 0) {
          worst = -2;
        } else if (worst == 0 && (verdict & TOKEN_WEAK) != 0) {
          worst = -1;
        }
      }
      if (worst == -2) {
        return positive ? -3 : -2;
      }
      if (worst == -1) {
        return positive ? 0 : -1;
      }
      return positive ? 1 : 0;
    }

    /**
     * Returns what one class or id word says, as TOKEN_* bits; cached, because the same words recur
     * on many elements and pages.
     */
    private static int tokenVerdict(String token) {
      Integer cached = TOKEN_VERDICTS.get(token);
      if (cached != null) {
        return cached;
      }
      int verdict = 0;
      if (token.isEmpty()
          || token.startsWith("category-")
          || token.startsWith("tag-")
          || token.startsWith("author-")
          || token.startsWith("postid-")) {
        verdict = 0;
      } else if (isProtected(token)) {
        verdict = TOKEN_POSITIVE;
      } else {
        if (STRONG_NEGATIVE.matcher(token).find()) {
          verdict |= TOKEN_STRONG;
        } else if (WEAK_NEGATIVE.matcher(token).find()) {
          verdict |= TOKEN_WEAK;
        }
        if (POSITIVE.matcher(token).find()) {
          verdict |= TOKEN_POSITIVE;
        }
      }
      if (TOKEN_VERDICTS.size() > 100_000) {
        TOKEN_VERDICTS.clear();
      }
      TOKEN_VERDICTS.put(token, verdict);
      return verdict;
    }

    private static boolean isProtected(String token) {
      return token.contains("article-body")
          || token.contains("articlebody")
          || token.contains("story-body")
          || token.contains("post-body")
          || token.contains("entry-content")
          || token.contains("post-content")
          || token.contains("article-content")
          || token.contains("main-content")
          || token.equals("content");
    }
  }

  private static boolean isProse(HtmlBlocks.Block b) {
    if (b.heading) {
      return false;
    }
    return b.words >= 10
        && (b.linkDensity() < 0.35 || isLinkedProse(b))
        && hasSentencePunctuation(b.text);
  }

  /**
   * Whether a block is a linked headline followed by sentences of its own, as in a round-up list
   * ("<b><a>Headline</a>.</b> Two sentences of news."): the words outside links are prose, however
   * long the linked headline is.
   */
  private static boolean isLinkedProse(HtmlBlocks.Block b) {
    double ld = b.linkDensity();
    return !b.heading
        && b.leadingLinkChars > 0
        && ld < 0.7
        && b.words * (1 - ld) >= 10
        && endsSentence(b.text);
  }

  private static boolean hasSentencePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.'
          || c == ','
          || c == '!'
          || c == '?'
          || c == ';'
          || c == ':'
          || c == '"'
          || c == '\u201D'
          || c == '\u3002'
          || c == '\u3001'
          || c == '\uFF0C'
          || c == '\uFF01'
          || c == '\uFF1F') {
        return true;
      }
    }
    return false;
  }

  private static double weight(HtmlBlocks.Block b) {
    double len = b.text.length();
    double ld = b.linkDensity();
    if (ld >= 0.5 && !isLinkedProse(b)) {
      return -len * ld;
    }
    if (isBoilerplate(b)) {
      return -Math.min(len, 100);
    }
    if (b.isTeaser()) {
      return -len * 0.5;
    }
    if (isProse(b)) {
      return len * (1 - ld);
    }
    return 0;
  }

  private static boolean isBoilerplate(HtmlBlocks.Block b) {
    if (b.boilerplate == 0) {
      boolean v =
          (b.words <= 12 && BOILERPLATE_LINE.matcher(b.text).matches())
              || (b.words <= 40 && PROMO_SENTENCE.matcher(b.text).find())
              || (b.words <= 40 && CAPTION_CREDIT.matcher(b.text).find());
      b.boilerplate = v ? (byte) 1 : (byte) 2;
    }
    return b.boilerplate == 1;
  }

  private static List<HtmlBlocks.Block> select(
      List<HtmlBlocks.Block> blocks, @Nullable String title) {
    if (blocks.isEmpty()) {
      return blocks;
    }
    double[] weights = new double[blocks.size()];
    IdentityHashMap<Element, double[]> prose = new IdentityHashMap<>();
    double totalProse = 0;
    for (int i = 0; i < blocks.size(); i++) {
      HtmlBlocks.Block b = blocks.get(i);
      double w = weight(b);
      weights[i] = w;
      if (w > 0) {
        totalProse += w;
        for (Element e = b.owner; e != null; e = e.parent()) {
          prose.computeIfAbsent(e, k -> new double[1])[0] += w;
        }
      }
    }
    ElementClass classes = new ElementClass(prose, totalProse);
    IdentityHashMap<Element, double[]> sums = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      HtmlBlocks.Block b = blocks.get(i);
      double w = weights[i];
      boolean negativeBelow = false;
      int level = 0;
      for (Element e = b.owner; e != null; e = e.parent(), level++) {
        if (classes.isNegative(e)) {
          negativeBelow = true;
        }
        double contribution = negativeBelow && w > 0 ? -w * 0.5 : w;
        if (contribution > 0 && level > 2) {
          contribution *= DECAY[Math.min(level - 2, DECAY.length - 1)];
        }
        sums.computeIfAbsent(e, k -> new double[1])[0] += contribution;
      }
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> entry : sums.entrySet()) {
      Element e = entry.getKey();
      double score = entry.getValue()[0];
      if (classes.isInsideNegative(e)) {
        continue;
      }
      if (classes.of(e) > 0) {
        score *= 1.05;
      }
      if (score > bestScore + 1e-9
          || (Math.abs(score - bestScore) <= 1e-9 && best != null && depth(e) > depth(best))) {
        best = e;
        bestScore = score;
      }
    }
    if (best == null || bestScore <= 0) {
      return List.of();
    }
    List<Element> chosen = new ArrayList<>();
    chosen.add(best);
    Element parent = best.parent();
    if (parent != null) {
      for (Element sibling : parent.children()) {
        double[] sum = sums.get(sibling);
        if (sibling.equals(best)
            || sum == null
            || sum[0] <= 0
            || classes.isNegative(sibling)
            || (sibling.normalName().equals("article") && best.normalName().equals("article"))) {
          continue;
        }
        boolean alike =
            !best.className().isEmpty()
                && sibling.className().equals(best.className())
                && sibling.normalName().equals(best.normalName());
        if (alike || sum[0] >= 0.25 * bestScore) {
          chosen.add(sibling);
        }
      }
    }
    List<HtmlBlocks.Block> inside = new ArrayList<>();
    for (HtmlBlocks.Block b : blocks) {
      Element container = containerOf(b.owner, chosen);
      if (container != null && keep(b, container, classes, title)) {
        inside.add(b);
      }
    }
    return trim(inside);
  }

  private static boolean keep(
      HtmlBlocks.Block b, Element container, ElementClass classes, @Nullable String title) {
    for (Element e = b.owner; e != null && !e.equals(container); e = e.parent()) {
      if (classes.isNegative(e)) {
        return false;
      }
    }
    if (b.linkDensity() >= 0.5 && b.words < 8) {
      return false;
    }
    if (isBoilerplate(b) || b.isTeaser()) {
      return false;
    }
    if (b.heading && b.headingLevel == 1) {
      return false;
    }
    if (title != null && b.words <= 30 && sameText(b.text, title)) {
      return false;
    }
    if (b.words <= 8 && DATE_LINE.matcher(b.text).matches()) {
      return false;
    }
    if (b.words <= 10 && YEAR.matcher(b.text).find() && CLOCK.matcher(b.text).find()) {
      return false;
    }
    return true;
  }

  private static boolean sameText(String a, String b) {
    return a.equalsIgnoreCase(b.strip())
        || (b.toLowerCase(Locale.ROOT).startsWith(a.toLowerCase(Locale.ROOT)) && a.length() > 20);
  }

  private static List<HtmlBlocks.Block> trim(List<HtmlBlocks.Block> kept) {
    int first = 0;
    while (first < kept.size() && !isProse(kept.get(first))) {
      first++;
    }
    first = openingList(kept, first);
    int last = kept.size() - 1;
    while (last >= first && !isProse(kept.get(last)) && !isTrailingKeeper(kept.get(last))) {
      last--;
    }
    if (first > last) {
      return kept;
    }
    List<HtmlBlocks.Block> out = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      HtmlBlocks.Block b = kept.get(i);
      if (b.linkDensity() < 0.5 || (b.words >= 8 && endsSentence(b.text))) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * Returns where the article starts when a list opens it: the first prose block at {@code first}
   * moves back over the list items right before it that are not link lists, and over one heading
   * right before those items ("What changes" followed by three points, then the story).
   */
  private static int openingList(List<HtmlBlocks.Block> kept, int first) {
    int start = first;
    while (start > 0
        && kept.get(start - 1).kind == BlockKind.LIST_ITEM
        && kept.get(start - 1).linkDensity() < 0.3
        && !isBoilerplate(kept.get(start - 1))) {
      start--;
    }
    if (start < first && start > 0 && kept.get(start - 1).heading) {
      start--;
    }
    return start;
  }

  private static boolean endsSentence(String s) {
    int end = s.length() - 1;
    while (end >= 0
        && (s.charAt(end) == '"' || s.charAt(end) == '\u201D' || s.charAt(end) == ')')) {
      end--;
    }
    if (end < 0) {
      return false;
    }
    char c = s.charAt(end);
    return c == '.' || c == '!' || c == '?' || c == '\u3002';
  }

  private static boolean isTrailingKeeper(HtmlBlocks.Block b) {
    if (b.linkDensity() >= 0.3 || b.heading || isBoilerplate(b)) {
      return false;
    }
    String tag = b.owner.normalName();
    return b.words >= 4 || tag.equals("td") || tag.equals("th");
  }

  /** Returns whether an element lists several articles, each with prose of its own. */
  private static boolean isListing(Element e, Map<Element, double[]> prose) {
    int articles = 0;
    for (Element child : e.children()) {
      if (child.normalName().equals("article") && prose.containsKey(child)) {
        articles++;
      }
    }
    return articles >= 2;
  }

  private static @Nullable Element containerOf(Element e, List<Element> containers) {
    for (Element x = e; x != null; x = x.parent()) {
      for (Element c : containers) {
        if (x.equals(c)) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean isWithin(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element x = e.parent(); x != null; x = x.parent()) {
      d++;
    }
    return d;
  }
}
