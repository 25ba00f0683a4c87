package dev.parley.ingest.content;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A builder of a body text from its blocks, which records where each block lies in the text.
 *
 * <p>Blocks are separated by a blank line; the text of each block has its whitespace collapsed to
 * single spaces, and no-break spaces become plain spaces.
 */
public final class BodyBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<TextBlock> blocks = new ArrayList<>();

  /** Creates an empty builder. */
  public BodyBuilder() {}

  /** Appends a block; a block with no visible text is skipped. */
  public BodyBuilder add(String blockText, BlockKind kind) {
    String clean = collapse(blockText);
    if (clean.isEmpty()) {
      return this;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(clean);
    blocks.add(new TextBlock(new TextSpan(start, text.length()), kind));
    return this;
  }

  /** Returns whether no block has been added. */
  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Returns the content built so far with the given metadata. */
  public ExtractedContent build(DocumentMetadata metadata) {
    return new ExtractedContent(text.toString(), blocks, metadata);
  }

  /**
   * Returns text with every run of whitespace (including no-break and other Unicode spaces) turned
   * into one plain space, and no space at either end.
   */
  public static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pending = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pending = out.length() > 0;
      } else if (c != '\u00AD' && c != '\u200B' && c != '\uFEFF') {
        // not a soft hyphen, zero-width space or byte-order mark: those are dropped
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || Character.isSpaceChar(c);
  }
}
