package dev.parley.ingest.extract.text;

import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * <p>Instances are immutable and thread-safe; the model is loaded once per instance.
 */
public final class TextAnalyzer {
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

  /** Analyzes a document's text block by block; text outside every block is treated as one. */
  public AnalyzedText analyze(Document document) {
    List<TextBlock> blocks = document.blocks();
    String text = document.text();
    if (blocks.isEmpty()) {
      return analyze(
          text,
          List.of(
              new TextBlock(
                  new dev.parley.core.evidence.TextSpan(0, text.length()), BlockKind.PARAGRAPH)));
    }
    return analyze(text, blocks);
  }

  /** Analyzes the given text, whose paragraphs and headings are the given blocks. */
  public AnalyzedText analyze(String text, List<TextBlock> blocks) {
    SentenceDetectorME detector = new SentenceDetectorME(model);
    Builder b = new Builder(text.length() / 5 + 16);
    int blockIndex = 0;
    for (TextBlock block : blocks) {
      int from = block.span().start();
      int to = block.span().end();
      if (block.kind() == BlockKind.HEADING || isCredit(text, from, to)) {
        b.sentence(text, from, to, blockIndex, true);
      } else {
        String blockText = text.substring(from, to);
        Span[] spans = detector.sentPosDetect(blockText);
        int k = 0;
        while (k < spans.length) {
          int start = spans[k].getStart();
          int end = spans[k].getEnd();
          while (k + 1 < spans.length && continues(blockText, end, spans[k + 1].getStart())) {
            k++;
            end = spans[k].getEnd();
          }
          b.sentence(text, from + start, from + end, blockIndex, false);
          k++;
        }
      }
      blockIndex++;
    }
    return b.build(text);
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
      java.util.Set.of(
          "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "St.",
          "Prof.", "Adm.", "Maj.", "Capt.", "Sgt.");
  private static final java.util.Set<String> TITLE_STARTS =
      java.util.Set.of(
          "President",
          "Secretary",
          "Ambassador",
          "Senator",
          "Envoy",
          "Special",
          "Vice",
          "Defense",
          "Defence",
          "Army",
          "Navy",
          "Air",
          "Treasury",
          "State",
          "Trade",
          "Attorney",
          "Congress",
          "Senate",
          "House",
          "Representative",
          "Sen.",
          "Rep.",
          "Gen.",
          "Embassy",
          "Department",
          "Ministry",
          "Forces",
          "Government",
          "Administration",
          "Marine",
          "Marines",
          "Central",
          "Command");

  /**
   * Whether the sentence detector split a sentence after an abbreviation that does not end it: "Mr.
   * | Putin", "the U.S. | President Donald Trump", "the U.N. | officials".
   */
  private static boolean continues(String block, int previousEnd, int nextStart) {
    int wordStart = previousEnd;
    while (wordStart > 0 && !Character.isWhitespace(block.charAt(wordStart - 1))) {
      wordStart--;
    }
    String last = block.substring(wordStart, previousEnd);
    int nextEnd = nextStart;
    while (nextEnd < block.length() && !Character.isWhitespace(block.charAt(nextEnd))) {
      nextEnd++;
    }
    String next = block.substring(nextStart, nextEnd);
    if (next.isEmpty()) {
      return false;
    }
    if (TITLE_ABBREVIATIONS.contains(last)) {
      return true;
    }
    boolean acronym = last.length() >= 4 && last.matches("(?:\\p{Lu}\\.){2,}");
    return acronym && (Character.isLowerCase(next.charAt(0)) || TITLE_STARTS.contains(next));
  }

  private static final class Builder implements Tokenizer.TokenSink {
    int tokens;
    int[] start;
    int[] end;
    int sentences;
    int[] first = new int[64];
    int[] last = new int[64];
    int[] block = new int[64];
    boolean[] heading = new boolean[64];

    Builder(int capacity) {
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
      if (sentences == first.length) {
        int n = sentences * 2;
        first = Arrays.copyOf(first, n);
        last = Arrays.copyOf(last, n);
        block = Arrays.copyOf(block, n);
        heading = Arrays.copyOf(heading, n);
      }
      first[sentences] = before;
      last[sentences] = tokens;
      block[sentences] = blockIndex;
      heading[sentences] = isHeading;
      sentences++;
    }

    AnalyzedText build(String text) {
      return new AnalyzedText(text, tokens, start, end, sentences, first, last, block, heading);
    }
  }
}
