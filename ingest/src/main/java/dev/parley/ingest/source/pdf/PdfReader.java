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
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a PDF file with Apache PDFBox: paragraphs as PDFBox detects them, then the same
 * article finding as for scraped text; title, author and creation date from the document
 * information when it states them.
 */
public final class PdfReader implements FormatReader {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

  /** Creates a reader. */
  public PdfReader() {}

  @Override
  public ReadResult read(RawInput input) throws InputException {
    String text;
    DocumentMetadata metadata;
    try (PDDocument pdf = Loader.loadPDF(input.bytes())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n\n");
      text = stripper.getText(pdf);
      metadata = metadataOf(pdf.getDocumentInformation());
    } catch (InvalidPasswordException e) {
      throw new InputException(
          InputProblem.of(
              "encrypted-pdf",
              "expected a PDF that opens without a password but found an encrypted one",
              "save an unencrypted copy of the PDF"),
          e);
    } catch (IOException e) {
      throw new InputException(
          InputProblem.of(
              "malformed-pdf",
              "expected a readable PDF but PDFBox failed: " + e.getMessage(),
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
