package dev.parley.ingest.source.html;

import dev.parley.ingest.content.ContentExtractor;
import dev.parley.ingest.content.ExtractedContent;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.source.raw.FormatReader;
import dev.parley.ingest.source.raw.InputException;
import dev.parley.ingest.source.raw.InputProblem;
import dev.parley.ingest.source.raw.RawInput;
import dev.parley.ingest.source.raw.ReadResult;
import dev.parley.ingest.source.raw.TextDecoder;
import org.jspecify.annotations.Nullable;

/** Reads an HTML page and keeps its main content: the article body and its metadata. */
public final class HtmlReader implements FormatReader {
  private final ContentExtractor extractor = new ContentExtractor();

  /** Creates a reader. */
  public HtmlReader() {}

  @Override
  public ReadResult read(RawInput input) throws InputException {
    String html = TextDecoder.decode(input.bytes()).text();
    return ReadResult.of(read(input.origin(), html, null));
  }

  /**
   * Returns the document of an HTML page that is already decoded.
   *
   * @param url the page's address, or null when unknown
   */
  public Document read(String origin, String html, @Nullable String url) throws InputException {
    ExtractedContent content = extractor.extract(html, url);
    if (content.isEmpty()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected an article body in the page but found no block of prose among its "
                  + html.length()
                  + " characters",
              "the page may be all scripts or navigation; save the article's rendered HTML"));
    }
    return content.toDocument(origin, SourceFormat.HTML);
  }
}
