package dev.parley.ingest.extract.event;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.actor.ActorDirectory;
import dev.parley.ingest.extract.actor.ActorRecognizer;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.quote.QuoteExtractor;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** One-paragraph-a-line texts written for tests, analysed as far as the event stages need. */
final class SpeechFixture {
  static final DocumentId DOCUMENT = new DocumentId("test");

  private SpeechFixture() {}

  /** Returns the parse of the text, with its quotes and their speakers marked. */
  static ShallowParse parse(String text) {
    List<TextBlock> blocks = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      blocks.add(new TextBlock(new TextSpan(start, start + line.length()), BlockKind.PARAGRAPH));
      start += line.length() + 1;
    }
    AnalyzedText t = TextAnalyzer.english().analyze(text, blocks);
    Mentions m = new ActorRecognizer(ActorDirectory.builtIn()).recognize(t, null);
    ShallowParse parse = new ShallowParse(t, m);
    QuoteExtractor.extract(DOCUMENT, parse);
    return parse;
  }
}
