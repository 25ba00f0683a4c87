package dev.parley.ingest.source.text;

import dev.parley.ingest.content.ExtractedContent;
import dev.parley.ingest.content.ScrapedTextExtractor;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.source.raw.FormatReader;
import dev.parley.ingest.source.raw.InputException;
import dev.parley.ingest.source.raw.InputProblem;
import dev.parley.ingest.source.raw.RawInput;
import dev.parley.ingest.source.raw.ReadResult;
import dev.parley.ingest.source.raw.TextDecoder;

/**
 * Reads plain text, typically a web page scraped to text with its navigation and notices, and keeps
 * only the article.
 */
public final class ScrapedTextReader implements FormatReader {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

  /** Creates a reader. */
  public ScrapedTextReader() {}

  @Override
  public ReadResult read(RawInput input) throws InputException {
    String text = TextDecoder.decode(input.bytes()).text();
    return ReadResult.of(read(input.origin(), text));
  }

  /** Returns the document in a text that is already decoded. */
  public dev.parley.ingest.document.Document read(String origin, String text)
      throws InputException {
    ExtractedContent content = extractor.extract(text, DocumentMetadata.none());
    if (content.isEmpty()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected an article (lines of prose ending in a full stop) but found none in "
                  + text.length()
                  + " characters",
              "check that the file holds the article's text and not only a page's navigation"));
    }
    return content.toDocument(origin, SourceFormat.TEXT);
  }
}
