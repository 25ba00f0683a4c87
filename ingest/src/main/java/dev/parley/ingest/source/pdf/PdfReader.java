package dev.parley.ingest.source.pdf;

import dev.parley.ingest.content.BodyBuilder;
import dev.parley.ingest.content.ExtractedContent;
import dev.parley.ingest.content.ScrapedTextExtractor;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.source.raw.FormatReader;
import dev.parley.ingest.source.raw.InputException;
import dev.parley.ingest.source.raw.InputProblem;
import dev.parley.ingest.source.raw.RawInput;
import dev.parley.ingest.source.raw.ReadResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a PDF file with Apache PDFBox: paragraphs as PDFBox detects them, then the same
 * article finding as for scraped text; title, author and creation date from the document
 * information when it states them.
 *
 * <p>Each PDF is read within bounds: its pages, the decoded size of its streams, the content-stream
 * operators its text extraction runs and the characters it draws. A PDF past any of them is refused
 * with {@code too-large}, so that a small hostile file cannot take minutes or exhaust the heap.
 */
public final class PdfReader implements FormatReader {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();
  private final int maxPages;
  private final long maxOperators;
  private final int maxChars;
  private final long maxStreamBytes;

  /**
   * Creates a reader with the default bounds: 2,000 pages, 2 million operators, 5 million
   * characters, and 20 MB per decoded stream (200 MB for all of them).
   */
  public PdfReader() {
    this(2_000, 2_000_000, 5_000_000, 20L * 1024 * 1024);
  }

  /**
   * Creates a reader with the given bounds.
   *
   * @param maxPages the most pages a PDF may have
   * @param maxOperators the most content-stream operators text extraction may run, over the whole
   *     document
   * @param maxChars the most characters the document may draw
   * @param maxStreamBytes the most bytes one stream may decode to; all streams together may decode
   *     to ten times as much
   */
  public PdfReader(int maxPages, long maxOperators, int maxChars, long maxStreamBytes) {
    if (maxPages <= 0 || maxOperators <= 0 || maxChars <= 0 || maxStreamBytes <= 0) {
      throw new IllegalArgumentException(
          "expected positive bounds, but found "
              + maxPages
              + ", "
              + maxOperators
              + ", "
              + maxChars
              + ", "
              + maxStreamBytes);
    }
    this.maxPages = maxPages;
    this.maxOperators = maxOperators;
    this.maxChars = maxChars;
    this.maxStreamBytes = maxStreamBytes;
  }

  @Override
  public ReadResult read(RawInput input) throws InputException {
    String text;
    DocumentMetadata metadata;
    PdfLimits limits = new PdfLimits(maxPages, maxOperators, maxChars, maxStreamBytes);
    try (PDDocument pdf = Loader.loadPDF(input.bytes())) {
      limits.checkPages(pdf.getDocumentCatalog().getCOSObject());
      limits.checkStreams(pdf.getDocument());
      BoundedTextStripper stripper = new BoundedTextStripper(limits);
      stripper.setEndPage(maxPages);
      text = stripper.getText(pdf);
      metadata = metadataOf(pdf.getDocumentInformation());
    } catch (PdfLimitException e) {
      throw new InputException(e.problem(), e);
    } catch (InvalidPasswordException e) {
      throw new InputException(
          InputProblem.of(
              "encrypted-pdf",
              "expected a PDF that opens without a password but found an encrypted one",
              "save an unencrypted copy of the PDF"),
          e);
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          InputProblem.of(
              "malformed-pdf",
              "expected a readable PDF but PDFBox failed: " + reason(e),
              "the file may be truncated or damaged; download it again"),
          e);
    }
    ExtractedContent content = extractor.extract(text, metadata);
    if (content.isEmpty()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected text in the PDF but found none that reads as prose (a scanned PDF has"
                  + " only images)",
              "run OCR on a scanned PDF first"));
    }
    return ReadResult.of(content.toDocument(input.origin(), SourceFormat.PDF));
  }

  /** Returns an exception's message, or its class when it has none. */
  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static DocumentMetadata metadataOf(@Nullable PDDocumentInformation info) {
    if (info == null) {
      return DocumentMetadata.none();
    }
    return new DocumentMetadata(
        blankToNull(info.getTitle()),
        blankToNull(info.getAuthor()),
        dateOf(info.getCreationDate()),
        null,
        null,
        null);
  }

  private static @Nullable LocalDate dateOf(@Nullable Calendar calendar) {
    if (calendar == null) {
      return null;
    }
    return calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()).toLocalDate();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String clean = BodyBuilder.collapse(s);
    return clean.isEmpty() ? null : clean;
  }
}
