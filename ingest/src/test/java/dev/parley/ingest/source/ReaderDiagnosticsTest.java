package dev.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way an input can be unusable yields its own diagnostic code, and the batch goes on. */
class ReaderDiagnosticsTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  private String onlyCode(Path file) {
    IngestResult result = reader.read(file);
    assertThat(result.documents()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    IngestDiagnostic d = result.diagnostics().get(0);
    assertThat(d.format()).contains("see docs/errors/" + d.code() + ".md");
    return d.code();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void jsonThatIsNotAWordPressPost_isUnsupported() throws IOException {
    assertThat(
            onlyCode(write("data.json", "{\"rows\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("unsupported-json");
  }

  @Test
  void corruptGzip_isMalformed() throws IOException {
    byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertThat(onlyCode(write("page.html.gz", bytes))).isEqualTo("malformed-gzip");
  }

  @Test
  void gzipInsideGzip_isRefused() throws IOException {
    byte[] inner = gzip("<html><body><p>text</p></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(onlyCode(write("page.html.gz.gz", gzip(inner)))).isEqualTo("nested-gzip");
  }

  @Test
  void brokenPdf_isMalformed() throws IOException {
    assertThat(
            onlyCode(
                write(
                    "report.pdf",
                    "%PDF-1.7\nthis is not a PDF body\n".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("malformed-pdf");
  }

  @Test
  void passwordProtectedPdf_isEncrypted() throws IOException {
    Path file = dir.resolve("secret.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(file.toFile());
    }
    assertThat(onlyCode(file)).isEqualTo("encrypted-pdf");
  }

  @Test
  void feedWithoutItems_isEmpty() throws IOException {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour news</title></channel></rss>";
    assertThat(onlyCode(write("feed.xml", rss.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("empty-feed");
  }

  @Test
  void pathThroughAFile_isUnreadable() throws IOException {
    Path file = write("plain.txt", "some words".getBytes(StandardCharsets.UTF_8));
    IngestResult result = reader.read(file.resolve("child.txt"));
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsAnyOf("unreadable-input", "missing-input");
  }

  @Test
  void badFiles_doNotStopTheBatch() throws IOException {
    write("a-broken.json", "{\"title\":".getBytes(StandardCharsets.UTF_8));
    write("b-empty.txt", new byte[0]);
    Files.writeString(
        dir.resolve("c-good.html"),
        "<html><head><title>Ferry timetable changes</title></head><body><article>"
            + "<p>The harbour council agreed on Tuesday to add two evening ferry crossings from June, after "
            + "commuters petitioned for later services.</p><p>The operator said the extra crossings would cost "
            + "about 40,000 euros a year, which the council will cover for a trial period of twelve months.</p>"
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    IngestResult result = reader.read(dir);
    assertThat(result.documents()).hasSize(1);
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .contains("malformed-json", "empty-input");
  }
}
