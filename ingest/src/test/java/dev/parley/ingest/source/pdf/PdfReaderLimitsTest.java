package dev.parley.ingest.source.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.ingest.source.ReadOptions;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a 45 KB PDF of text operators took 15 s and 3.7 GB, an 885 KB one ran out of memory,
 * and a 2 MB PDF of 200,000 empty pages took 68 s and 3.5 GB. Each PDF is now read within limits on
 * pages, decoded stream bytes, operators and characters, and an excess is a {@code too-large}
 * diagnostic for that file. The PDFs are generated small, against lowered limits, except where the
 * default itself is the point.
 */
class PdfReaderLimitsTest {
  private static IngestDiagnostic onlyDiagnostic(ReadOptions options, byte[] pdf) {
    IngestResult result = new DocumentReader(options).read("hostile.pdf", pdf, "hostile.pdf");
    assertThat(result.documents()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test
  void pdfWithinTheLimits_isRead() throws IOException {
    IngestResult result =
        new DocumentReader(ReadOptions.defaults().withPdfLimits(3, 100))
            .read("fine.pdf", HostilePdfs.pages(3, 3), "fine.pdf");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.documents().get(0).text()).contains("evening ferry crossings");
  }

  @Test
  void morePagesThanTheDefaultLimit_isTooLarge() throws IOException {
    int pages = ReadOptions.DEFAULT_MAX_PDF_PAGES + 1;

    IngestDiagnostic d = onlyDiagnostic(ReadOptions.defaults(), HostilePdfs.pages(pages, pages));

    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.message()).contains("at most 2,000 pages").contains("found 2,001");
    assertThat(d.format()).startsWith("hostile.pdf: error: [too-large]");
  }

  @Test
  void pageTreeThatUnderstatesItsCount_isCountedByItsLeaves() throws IOException {
    IngestDiagnostic d =
        onlyDiagnostic(ReadOptions.defaults().withPdfLimits(10, 1_000), HostilePdfs.pages(30, 1));

    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.message()).contains("at most 10 pages").contains("more than 10");
  }

  @Test
  void contentStreamOfTooManyOperators_isTooLargeAtItsPage() throws IOException {
    IngestDiagnostic d =
        onlyDiagnostic(
            ReadOptions.defaults().withPdfLimits(10, 1_000), HostilePdfs.operators(5_000));

    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.message()).contains("at most 1,000 content-stream operators").contains("page 1");
  }

  @Test
  void stringOfMoreCharactersThanTheLimit_isTooLarge() throws IOException {
    IngestDiagnostic d =
        onlyDiagnostic(ReadOptions.defaults().withMaxChars(2_000), HostilePdfs.longString(10_000));

    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.message()).contains("at most 2,000 characters").contains("page 1");
  }

  @Test
  void streamThatInflatesPastTheLimit_isTooLargeBeforeItIsParsed() throws IOException {
    byte[] pdf = HostilePdfs.inflating(3_000_000);
    assertThat(pdf.length).isLessThan(50_000);

    IngestDiagnostic d = onlyDiagnostic(ReadOptions.defaults().withMaxBytes(1_000_000), pdf);

    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.message()).contains("decode to at most 1,000,000 bytes");
  }

  @Test
  void formDrawnOnEveryPage_isChargedForEveryDrawing() throws IOException {
    byte[] pdf = HostilePdfs.formOnEveryPage(30, 90_000);

    IngestDiagnostic d = onlyDiagnostic(ReadOptions.defaults().withMaxBytes(100_000), pdf);

    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.message()).contains("content streams to hold at most 1,000,000 bytes");
  }
}
