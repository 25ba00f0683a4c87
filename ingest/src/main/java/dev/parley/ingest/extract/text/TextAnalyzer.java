package dev.parley.ingest.extract.text;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a document into sentences and tokens: sentences with Apache OpenNLP's sentence detector
 * and its English UD model, within each block of the document, and tokens with a rule-based
 * tokenizer.
 *
 * <p>A sentence longer than a limit ({@value #SENTENCE_TOKENS} tokens unless told) is cut into
 * pieces of that many tokens, so that the later stages, which look back and ahead within a
 * sentence, do bounded work per token whatever the text. Instances are immutable and thread-safe;
 * the model is loaded once per instance.
 */
public final class TextAnalyzer {
  /** The word lists of this class, one section each, in resources. */
  private static final String RESOURCE = "text-analyzer.txt";

  /** The most tokens of a sentence by default; the longest in the shared corpus has 109. */
  public static final int SENTENCE_TOKENS = 250;

  /** The resource name of OpenNLP's English sentence model (opennlp-models-sentdetect-en 1.3.0). */
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final SentenceModel model;

  private TextAnalyzer(SentenceModel model) {
    this.model = model;
  }

  /** Returns an analyzer with OpenNLP's English sentence model from the class path. */
  public static TextAnalyzer english() {
    try (InputStream in = TextAnalyzer.class.getResourceAsStream(SENTENCE_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected the OpenNLP sentence model "
                + SENTENCE_MODEL
                + " on the class path (opennlp-models-sentdetect-en), but found none");
      }
      return new TextAnalyzer(new SentenceModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the OpenNLP sentence model", e);
    }
  }

  /**
   * Analyzes a document's text block by block, with sentences of at most {@link #SENTENCE_TOKENS}
   * tokens; text outside every block is treated as one.
   */
  public AnalyzedText analyze(Document document) {
    return analyze(document, SENTENCE_TOKENS);
  }

  /**
   * Analyzes a document's text block by block; text outside every block is treated as one.
   *
   * @param sentenceTokens the most tokens a sentence may have: a longer one is cut into consecutive
   *     pieces of this many tokens, each a sentence, and its span is listed in {@link
   *     AnalyzedText#longSentences()}
   */
  public AnalyzedText analyze(Document document, int sentenceTokens) {
    List<TextBlock> blocks = document.blocks();
    String text = document.text();
    if (blocks.isEmpty()) {
      return analyze(
          text,
          List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)),
          sentenceTokens);
    }
    return analyze(text, blocks, sentenceTokens);
  }

  /**
   * Analyzes the given text, whose paragraphs and headings are the given blocks, with sentences of
   * at most {@link #SENTENCE_TOKENS} tokens.
   */
  public AnalyzedText analyze(String text, List<TextBlock> blocks) {
    return analyze(text, blocks, SENTENCE_TOKENS);
  }

  /**
   * Analyzes the given text, whose paragraphs and headings are the given blocks.
   *
   * @param sentenceTokens the most tokens a sentence may have, at least 1; a longer one is cut into
   *     pieces of this many tokens
   */
  public AnalyzedText analyze(String text, List<TextBlock> blocks, int sentenceTokens) {
    if (sentenceTokens < 1) {
      throw new IllegalArgumentException(
          "expected sentenceTokens of at least 1, but found " + sentenceTokens);
    }
    SentenceDetectorME detector = new SentenceDetectorME(model);
    Builder b = new Builder(text.length() / 5 + 16, sentenceTokens);
    int blockIndex = 0;
    for (TextBlock block : blocks) {
      int from = block.span().start();
      int to = block.span().end();
      if (block.kind() == BlockKind.HEADING || isCredit(text, from, to)) {
        b.sentence(text, from, to, blockIndex, true);
      } else {
        String blockText = text.substring(from, to);
        Span[] spans = detector.sentPosDetect(withBoundedWords(blockText));
        int k = 0;
        int covered = 0;
        while (k < spans.length) {
          int start = spans[k].getStart();
          int end = spans[k].getEnd();
          while (k + 1 < spans.length && continues(blockText, end, spans[k + 1].getStart())) {
            k++;
            end = spans[k].getEnd();
          }
          // a space put into a long word for the detector is a character of the text: take it back
          while (start > covered && !isSpace(blockText.charAt(start - 1))) {
            start--;
          }
          int limit = k + 1 < spans.length ? spans[k + 1].getStart() : blockText.length();
          while (end < limit && !isSpace(blockText.charAt(end))) {
            end++;
          }
          b.sentence(text, from + start, from + end, blockIndex, false);
          covered = end;
          k++;
        }
      }
      blockIndex++;
    }
    return b.build(text);
  }

  /** The longest run of characters without a space the sentence detector is shown. */
  static final int DETECTOR_WORD = 256;

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  /**
   * The block as the sentence detector sees it: a run of more than {@link #DETECTOR_WORD}
   * characters without a space gets a space every {@code DETECTOR_WORD} characters. OpenNLP's
   * detector reads from every candidate end of sentence to the next space, which in a long run
   * ("a.a.a.…") would take time quadratic in the run's length; real words and links are shorter.
   * The offsets are unchanged, since one character replaces another.
   */
  static String withBoundedWords(String block) {
    if (block.length() <= DETECTOR_WORD) {
      return block;
    }
    char[] chars = null;
    int run = 0;
    for (int i = 0; i < block.length(); i++) {
      if (isSpace(block.charAt(i))) {
        run = 0;
      } else if (++run > DETECTOR_WORD) {
        if (chars == null) {
          chars = block.toCharArray();
        }
        chars[i] = ' ';
        run = 0;
      }
    }
    return chars == null ? block : new String(chars);
  }

  /**
   * A paragraph that credits or cites ("Source: …", "Photo: …") is not running text: the titles it
   * quotes are not statements, so like a heading it yields no events or quotes.
   */
  private static final java.util.regex.Pattern CREDIT =
      java.util.regex.Pattern.compile(
          "\\s*(?:Sources?|Photo|Photos|Image|Images|Credit|Credits|Via|Caption|Illustration)"
              + "(?:\\s+[\\p{L}'’-]+){0,4}\\s*:",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static boolean isCredit(String text, int from, int to) {
    return CREDIT.matcher(text).region(from, to).lookingAt();
  }

  private static final java.util.Set<String> TITLE_ABBREVIATIONS =
      SectionedWords.of(TextAnalyzer.class, RESOURCE).words("title-abbreviations");
  private static final java.util.Set<String> TITLE_STARTS =
      SectionedWords.of(TextAnalyzer.class, RESOURCE).words("title-starts");

  private static final int WORD_SCAN = 64;
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,}");

  /**
   * Whether the sentence detector split a sentence after an abbreviation that does not end it: "Mr.
   * | Putin", "the U.S. | President Donald Trump", "the U.N. | officials".
   */
  private static boolean continues(String block, int previousEnd, int nextStart) {
    // words longer than WORD_SCAN are neither abbreviations nor title words: reading no further
    // keeps a text without spaces linear
    int wordStart = previousEnd;
    int floor = Math.max(0, previousEnd - WORD_SCAN);
    while (wordStart > floor && !Character.isWhitespace(block.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart > 0 && !Character.isWhitespace(block.charAt(wordStart - 1))) {
      return false;
    }
    String last = block.substring(wordStart, previousEnd);
    int nextEnd = nextStart;
    int ceiling = Math.min(block.length(), nextStart + WORD_SCAN);
    while (nextEnd < ceiling && !Character.isWhitespace(block.charAt(nextEnd))) {
      nextEnd++;
    }
    String next = block.substring(nextStart, nextEnd);
    if (next.isEmpty()) {
      return false;
    }
    if (TITLE_ABBREVIATIONS.contains(last)) {
      return true;
    }
    boolean acronym = last.length() >= 4 && ACRONYM.matcher(last).matches();
    return acronym && (Character.isLowerCase(next.charAt(0)) || TITLE_STARTS.contains(next));
  }

  private static final class Builder implements Tokenizer.TokenSink {
    final int maxTokens;
    final List<TextSpan> longSentences = new ArrayList<>();
    int tokens;
    int[] start;
    int[] end;
    int sentences;
    int[] first = new int[64];
    int[] last = new int[64];
    int[] block = new int[64];
    boolean[] heading = new boolean[64];

    Builder(int capacity, int maxTokens) {
      this.maxTokens = maxTokens;
      start = new int[capacity];
      end = new int[capacity];
    }

    @Override
    public void token(int s, int e) {
      if (tokens == start.length) {
        start = Arrays.copyOf(start, tokens * 2);
        end = Arrays.copyOf(end, tokens * 2);
      }
      start[tokens] = s;
      end[tokens] = e;
      tokens++;
    }

    void sentence(String text, int from, int to, int blockIndex, boolean isHeading) {
      int before = tokens;
      Tokenizer.tokenize(text, from, to, this);
      if (tokens == before) {
        return;
      }
      if (tokens - before > maxTokens) {
        longSentences.add(new TextSpan(start[before], end[tokens - 1]));
      }
      for (int piece = before; piece < tokens; piece += maxTokens) {
        add(piece, Math.min(tokens, piece + maxTokens), blockIndex, isHeading);
      }
    }

    private void add(int from, int to, int blockIndex, boolean isHeading) {
      if (sentences == first.length) {
        int n = sentences * 2;
        first = Arrays.copyOf(first, n);
        last = Arrays.copyOf(last, n);
        block = Arrays.copyOf(block, n);
        heading = Arrays.copyOf(heading, n);
      }
      first[sentences] = from;
      last[sentences] = to;
      block[sentences] = blockIndex;
      heading[sentences] = isHeading;
      sentences++;
    }

    AnalyzedText build(String text) {
      return new AnalyzedText(
          text, tokens, start, end, sentences, first, last, block, heading, longSentences);
    }
  }
}
