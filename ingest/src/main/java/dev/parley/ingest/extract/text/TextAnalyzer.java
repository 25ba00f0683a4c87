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
      if (block.kind() == BlockKind.HEADING) {
        b.sentence(text, from, to, blockIndex, true);
      } else {
        String blockText = text.substring(from, to);
        for (Span s : detector.sentPosDetect(blockText)) {
          b.sentence(text, from + s.getStart(), from + s.getEnd(), blockIndex, false);
        }
      }
      blockIndex++;
    }
    return b.build(text);
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
