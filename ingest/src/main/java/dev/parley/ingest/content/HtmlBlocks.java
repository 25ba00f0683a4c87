package dev.parley.ingest.content;

import dev.parley.ingest.document.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text blocks of an HTML tree in document order: each run of text between two block-level
 * boundaries becomes one block that remembers the element it lies in and how much of it is link
 * text.
 */
final class HtmlBlocks implements NodeVisitor {
  /** One run of text between block boundaries. */
  static final class Block {
    final String text;
    final BlockKind kind;
    final Element owner;
    final int linkChars;
    final int words;
    final boolean heading;
    final int headingLevel;

    /** The length of the link text the block opens with, as in a teaser "Headline. Summary". */
    int leadingLinkChars;

    /** Returns whether the block opens with a link that is a good part of it, like a teaser. */
    boolean isTeaser() {
      return leadingLinkChars >= 25
          && leadingLinkChars >= 0.15 * text.length()
          && (Character.isUpperCase(afterLead) || Character.isDigit(afterLead));
    }

    /** The first character after the link a block opens with, or 0 when none follows. */
    char afterLead;

    /** Whether the block reads as boilerplate: 0 not yet known, 1 yes, 2 no. */
    byte boilerplate;

    Block(String text, BlockKind kind, Element owner, int linkChars, int headingLevel) {
      this.text = text;
      this.kind = kind;
      this.owner = owner;
      this.linkChars = Math.min(linkChars, text.length());
      this.words = countWords(text);
      this.heading = kind == BlockKind.HEADING;
      this.headingLevel = headingLevel;
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    @Override
    public String toString() {
      return kind + "[" + text + "]";
    }
  }

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "br",
          "caption",
          "legend",
          "option",
          "noscript",
          "html");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final ArrayList<Element> open = new ArrayList<>();
  private int linkDepth;
  private int linkChars;
  private int preDepth;
  private boolean seenText;
  private boolean leading;
  private int leadingLinkChars;
  private char afterLead;

  private HtmlBlocks() {}

  /** Returns the blocks of the tree under root, in document order. */
  static List<Block> of(Element root) {
    HtmlBlocks walker = new HtmlBlocks();
    walker.open.add(root);
    NodeTraversor.traverse(walker, root);
    walker.flush();
    return walker.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = preDepth > 0 ? t.getWholeText() : t.text();
      if (s.isEmpty()) {
        return;
      }
      int before = visibleLength();
      if (!s.isBlank()) {
        if (!seenText) {
          seenText = true;
          leading = linkDepth > 0;
        } else if (linkDepth == 0 && leading) {
          leading = false;
          String rest = s.strip();
          afterLead = rest.isEmpty() ? 0 : rest.charAt(0);
        }
        if (leading) {
          leadingLinkChars += s.strip().length();
        }
      }
      current.append(s);
      if (linkDepth > 0) {
        linkChars += visibleLength() - before;
      }
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("pre")) {
        preDepth++;
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        if (!tag.equals("br") && !tag.equals("hr")) {
          open.add(e);
        }
      } else if (tag.equals("img") || tag.equals("input")) {
        current.append(' ');
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("pre")) {
        preDepth--;
      }
      if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
        flush();
        if (!open.isEmpty() && open.get(open.size() - 1).equals(e)) {
          open.remove(open.size() - 1);
        }
      } else if (!BLOCK_TAGS.contains(tag)) {
        // inline element: nothing to do
      }
    }
  }

  private int visibleLength() {
    return current.length();
  }

  private void flush() {
    if (current.length() == 0) {
      return;
    }
    String text = BodyBuilder.collapse(current.toString());
    int rawLinks = linkChars;
    int rawLength = current.length();
    current.setLength(0);
    linkChars = 0;
    int lead = leadingLinkChars;
    char after = afterLead;
    afterLead = 0;
    seenText = false;
    leading = false;
    leadingLinkChars = 0;
    if (text.isEmpty()) {
      return;
    }
    int links =
        rawLength == 0 ? 0 : (int) Math.round((double) rawLinks * text.length() / rawLength);
    Element owner = open.get(open.size() - 1);
    BlockKind kind = BlockKind.PARAGRAPH;
    int level = 0;
    for (int i = open.size() - 1; i >= 0; i--) {
      String tag = open.get(i).normalName();
      if (tag.length() == 2
          && tag.charAt(0) == 'h'
          && tag.charAt(1) >= '1'
          && tag.charAt(1) <= '6') {
        kind = BlockKind.HEADING;
        level = tag.charAt(1) - '0';
        break;
      }
      if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
        kind = BlockKind.LIST_ITEM;
        break;
      }
      if (tag.equals("blockquote")) {
        kind = BlockKind.BLOCKQUOTE;
        break;
      }
      if (tag.equals("p")) {
        break;
      }
    }
    Block block = new Block(text, kind, owner, links, level);
    block.leadingLinkChars = Math.min(lead, text.length());
    block.afterLead = after;
    blocks.add(block);
  }

  /**
   * Returns the number of words in a text; in scripts written without spaces (Chinese, Japanese)
   * every two ideographs or kana count as one word.
   */
  static int countWords(String text) {
    int words = 0;
    int ideographs = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isIdeographic(c)) {
        ideographs++;
        in = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words + ideographs / 2;
  }

  static boolean isIdeographic(char c) {
    return (c >= '\u3040' && c <= '\u30FF')
        || (c >= '\u3400' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }
}
