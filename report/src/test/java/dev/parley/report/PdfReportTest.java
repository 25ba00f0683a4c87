package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {
  private static byte[] pdf = new byte[0];

  @BeforeAll
  static void render() {
    pdf = PdfReport.bytes(ReportFixture.html());
  }

  @Test
  void write_bundledExample_isAPdfOfSeveralPagesWithPageOneInPlainWords() throws Exception {
    assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      assertThat(first).contains("In brief").contains("Who is at the table");
      // every font is embedded (DejaVu Sans, bundled), so the PDF looks the same everywhere
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  @Test
  void write_samePageTwice_givesTheSameBytes() {
    assertThat(PdfReport.bytes(ReportFixture.html())).isEqualTo(pdf);
  }

  @Test
  void write_pageOne_rendersThroughPdftoppm_whenPopplerIsInstalled(@TempDir Path dir)
      throws Exception {
    Path pdftoppm = Path.of("/usr/bin/pdftoppm");
    boolean ci = "true".equals(System.getenv("CI"));
    if (!ci) {
      Assumptions.assumeTrue(
          Files.isExecutable(pdftoppm),
          "pdftoppm (poppler-utils) is not installed: page 1 not rendered; .ci/run installs it");
    }
    Path file = dir.resolve("report.pdf");
    Files.write(file, pdf);
    Process p =
        new ProcessBuilder(
                pdftoppm.toString(),
                "-r",
                "40",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                file.toString(),
                dir.resolve("page").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    Path png = dir.resolve("page-01.png");
    if (!Files.exists(png)) {
      png = dir.resolve("page-1.png");
    }
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(5_000);
    assertThat(Arrays.copyOfRange(bytes, 1, 4))
        .isEqualTo("PNG".getBytes(StandardCharsets.US_ASCII));
  }
}
