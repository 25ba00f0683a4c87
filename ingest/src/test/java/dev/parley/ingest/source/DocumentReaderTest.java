package dev.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/ingest/" + name)) {
      return in.readAllBytes();
    }
  }

  private Path copy(String resource, String as) throws IOException {
    Path target = dir.resolve(as);
    Files.createDirectories(target.getParent());
    Files.write(target, resource(resource));
    return target;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void read_readsHtmlFile() throws IOException {
    IngestResult result = reader.read(copy("article.html", "ferry.html"));

    assertThat(result.diagnostics()).isEmpty();
    Document d = result.documents().get(0);
    assertThat(d.format()).isEqualTo(SourceFormat.HTML);
    assertThat(d.origin()).endsWith("ferry.html");
    assertThat(d.text()).startsWith("The harbour council voted");
    assertThat(d.metadata().author()).isEqualTo("Mara Quillfeather");
  }

  @Test
  void read_readsScrapedText() throws IOException {
    Document d = reader.read(copy("scraped.txt", "cider.txt")).documents().get(0);

    assertThat(d.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(d.metadata().title()).isEqualTo("Orchard Growers Plan Cider Cooperative");
  }

  @Test
  void read_readsWordPressPost() throws IOException {
    Document d = reader.read(copy("post.json", "post.json")).documents().get(0);

    assertThat(d.format()).isEqualTo(SourceFormat.WORDPRESS_JSON);
    assertThat(d.metadata().title()).isEqualTo("Village Bakery Wins Regional Prize");
    assertThat(d.metadata().published()).isEqualTo(LocalDate.of(2024, 5, 17));
    assertThat(d.metadata().url()).isEqualTo("https://www.valleyherald.example/2024/05/bakery/");
    assertThat(d.metadata().outlet()).isEqualTo("valleyherald.example");
    assertThat(d.metadata().author()).isNull();
    assertThat(d.text())
        .isEqualTo(
            "The village bakery on Mill Lane has won the regional prize for its rye loaf, beating"
                + " forty entries from across the county.\n\n"
                + "The owners said the recipe came from a notebook found behind the old oven & that"
                + " they had changed “only the salt.”\n\n"
                + "What comes next\n\n"
                + "The prize includes a stall at the summer market.");
  }

  @Test
  void read_readsListOfPosts_skippingTheBadEntryWithADiagnostic() throws IOException {
    IngestResult result = reader.read(copy("posts.json", "posts.json"));

    assertThat(result.documents())
        .extracting(Document::origin)
        .allMatch(o -> o.endsWith("posts.json#1") || o.endsWith("posts.json#3"))
        .hasSize(2);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            diag -> {
              assertThat(diag.code()).isEqualTo("no-article");
              assertThat(diag.entry()).isEqualTo("2");
              assertThat(diag.format()).contains("posts.json#2: error: [no-article]");
            });
  }

  @Test
  void read_reportsLineAndColumn_forBrokenJson() throws IOException {
    IngestResult result = reader.read(copy("broken.json", "broken.json"));

    assertThat(result.documents()).isEmpty();
    IngestDiagnostic diag = result.diagnostics().get(0);
    assertThat(diag.code()).isEqualTo("malformed-json");
    assertThat(diag.line()).isEqualTo(3);
    assertThat(diag.column()).isPositive();
    assertThat(diag.format())
        .matches("(?s).*broken\\.json:3:\\d+: error: \\[malformed-json\\] .*\n    hint: .*");
  }

  @Test
  void read_readsRssItems_fullContentOrSummary() throws IOException {
    IngestResult result = reader.read(copy("feed.rss", "feed.xml"));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.documents()).hasSize(2);
    Document full = result.documents().get(0);
    assertThat(full.format()).isEqualTo(SourceFormat.RSS);
    assertThat(full.origin()).endsWith("feed.xml#1");
    assertThat(full.text())
        .startsWith("Heavy snow closed the mountain pass")
        .contains("valley road");
    assertThat(full.metadata().author()).isEqualTo("Ilse Brambleworth");
    assertThat(full.metadata().outlet()).isEqualTo("Hilltop Gazette");
    assertThat(full.metadata().published()).isEqualTo(LocalDate.of(2025, 1, 6));
    Document summary = result.documents().get(1);
    assertThat(summary.text())
        .isEqualTo(
            "The town library will open until eight on weekdays from February, the council announced.");
    assertThat(summary.metadata().url()).isEqualTo("https://hilltop.example/library-hours");
  }

  @Test
  void read_readsAtomEntries() throws IOException {
    IngestResult result = reader.read(copy("feed.atom", "coast.atom"));

    assertThat(result.documents()).hasSize(2);
    Document first = result.documents().get(0);
    assertThat(first.format()).isEqualTo(SourceFormat.ATOM);
    assertThat(first.text()).startsWith("The harbour office revised its tide tables");
    assertThat(first.metadata().author()).isEqualTo("Pell Marrow");
    assertThat(first.metadata().url()).isEqualTo("https://coast.example/tides");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2025, 2, 11));
    assertThat(result.documents().get(1).text()).startsWith("Rangers counted more pups");
    assertThat(result.documents().get(1).metadata().url()).isEqualTo("https://coast.example/seals");
  }

  @Test
  void read_readsPdf() throws IOException {
    Path pdf = dir.resolve("notice.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.setLeading(16);
        cs.newLineAtOffset(72, 700);
        cs.showText("The parish council will meet on Thursday to discuss the new footpath.");
        cs.newLine();
        cs.showText("Residents may speak for three minutes each before the vote is taken.");
        cs.endText();
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Parish Notice");
      info.setAuthor("Clerk Wynn");
      doc.setDocumentInformation(info);
      doc.save(pdf.toFile());
    }

    IngestResult result = reader.read(pdf);

    assertThat(result.diagnostics()).isEmpty();
    Document d = result.documents().get(0);
    assertThat(d.format()).isEqualTo(SourceFormat.PDF);
    assertThat(d.text()).contains("The parish council will meet on Thursday", "three minutes each");
    assertThat(d.metadata().title()).isEqualTo("Parish Notice");
    assertThat(d.metadata().author()).isEqualTo("Clerk Wynn");
  }

  @Test
  void read_readsGzippedHtml() throws IOException {
    Path gz = dir.resolve("ferry.html.gz");
    Files.write(gz, gzip(resource("article.html")));

    Document d = reader.read(gz).documents().get(0);

    assertThat(d.format()).isEqualTo(SourceFormat.HTML);
    assertThat(d.text()).startsWith("The harbour council voted");
  }

  @Test
  void read_decodesWindows1252Text() throws IOException {
    String text =
        "Caf\u00e9 Owners Protest\n\n\u201cWe cannot pay the new rent,\u201d said the caf\u00e9 owners,"
            + " who met the mayor on Monday.\n";
    Path file = dir.resolve("cafe.txt");
    Files.write(file, text.getBytes(Charset.forName("windows-1252")));

    Document d = reader.read(file).documents().get(0);

    assertThat(d.text()).startsWith("\u201cWe cannot pay the new rent,\u201d said the caf\u00e9");
    assertThat(d.metadata().title()).isEqualTo("Caf\u00e9 Owners Protest");
  }

  @Test
  void read_goesOnPastBadFilesInAFolder() throws IOException {
    copy("article.html", "batch/01-good.html");
    Files.write(dir.resolve("batch/02-empty.txt"), new byte[0]);
    Files.write(dir.resolve("batch/03-image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    copy("broken.json", "batch/04-broken.json");
    byte[] gz = gzip(resource("article.html"));
    Files.write(dir.resolve("batch/05-truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
    copy("scripts-only.html", "batch/06-scripts.html");
    copy("scraped.txt", "batch/07-good.txt");
    copy("scraped.txt", "batch/.hidden.txt");

    IngestResult result = reader.read(dir.resolve("batch"));

    assertThat(result.documents())
        .extracting(Document::origin)
        .containsExactly(
            dir.resolve("batch/01-good.html").toString(),
            dir.resolve("batch/07-good.txt").toString());
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsExactly(
            "empty-input", "binary-input", "malformed-json", "truncated-input", "no-article");
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.format()).contains(": error: ["));
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void read_skipsFilesOverTheSizeLimit() throws IOException {
    Path file = copy("article.html", "big.html");
    DocumentReader small = new DocumentReader(ReadOptions.defaults().withMaxBytes(100));

    IngestResult result = small.read(file);

    assertThat(result.documents()).isEmpty();
    assertThat(result.diagnostics().get(0).code()).isEqualTo("too-large");
  }

  @Test
  void read_limitsDecompressedSize() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    Files.write(file, gzip(new byte[200_000]));
    DocumentReader small = new DocumentReader(ReadOptions.defaults().withMaxBytes(50_000));

    assertThat(small.read(file).diagnostics().get(0).code()).isEqualTo("too-large");
  }

  @Test
  void read_matchesGlobs() throws IOException {
    copy("article.html", "g/a/one.html");
    copy("scraped.txt", "g/b/two.txt");
    copy("feed.rss", "g/b/three.xml");

    IngestResult html = reader.read(Path.of(dir + "/g/**.html"));
    IngestResult all = reader.read(Path.of(dir + "/g/*/*.{txt,xml}"));

    assertThat(html.documents()).hasSize(1);
    assertThat(all.documents()).hasSize(3);
  }

  @Test
  void read_reportsMissingPathAndEmptyGlob() {
    IngestResult missing = reader.read(dir.resolve("nope.txt"));
    IngestResult glob = reader.read(Path.of(dir + "/*.nothing"));

    assertThat(missing.diagnostics().get(0).code()).isEqualTo("missing-input");
    assertThat(glob.diagnostics().get(0).code()).isEqualTo("no-match");
  }

  @Test
  void read_listsDuplicates_ofSameNormalisedBody() throws IOException {
    copy("scraped.txt", "dup/a.txt");
    Path second = dir.resolve("dup/b.txt");
    Files.writeString(
        second,
        new String(resource("scraped.txt"), StandardCharsets.UTF_8).replace("\n", "\r\n"),
        StandardCharsets.UTF_8);

    IngestResult result = reader.read(dir.resolve("dup"));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.duplicates())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.origin()).endsWith("b.txt");
              assertThat(d.firstOrigin()).endsWith("a.txt");
              assertThat(d.id()).isEqualTo(result.documents().get(0).id());
            });
  }

  @Test
  void read_readsBytesWithoutAFile() throws IOException {
    IngestResult result = reader.read("upload:1", resource("post.json"), null);

    assertThat(result.documents())
        .singleElement()
        .extracting(Document::origin)
        .isEqualTo("upload:1");
  }

  @Test
  void read_readsSeveralPathsInOrder() throws IOException {
    Path a = copy("scraped.txt", "m/a.txt");
    Path b = copy("article.html", "m/b.html");

    assertThat(reader.read(List.of(b, a)).documents())
        .extracting(Document::format)
        .containsExactly(SourceFormat.HTML, SourceFormat.TEXT);
  }

  @Test
  void read_readsEveryItemOfAFeedWhoseRootComesAfterALongProlog() throws IOException {
    String rss = new String(resource("feed.rss"), StandardCharsets.UTF_8);
    int root = rss.indexOf("<rss");
    String padded =
        rss.substring(0, root)
            + "<!-- "
            + "mirrored from the agency's feed; ".repeat(100)
            + "-->\n"
            + rss.substring(root);
    Path file = dir.resolve("padded.xml");
    Files.writeString(file, padded, StandardCharsets.UTF_8);

    IngestResult result = reader.read(file);

    assertThat(padded.indexOf("<rss")).isGreaterThan(2048);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.documents())
        .extracting(Document::format)
        .containsExactly(SourceFormat.RSS, SourceFormat.RSS);
  }

  @Test
  void read_refusesADocumentWhoseTextIsLongerThanTheLimit() throws IOException {
    Path file = copy("scraped.txt", "long.txt");
    int length = reader.read(file).documents().get(0).text().length();
    DocumentReader small = new DocumentReader(ReadOptions.defaults().withMaxChars(length - 1));

    IngestResult result = small.read(file);

    assertThat(result.documents()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("too-large");
              assertThat(d.message()).contains("characters of text").contains("not processed");
            });
  }

  @Test
  void read_refusesOnlyTheFeedEntryThatIsTooLong() throws IOException {
    Path file = copy("feed.rss", "feed.xml");
    List<Document> all = reader.read(file).documents();
    int shorter = Math.min(all.get(0).text().length(), all.get(1).text().length());
    int longer = Math.max(all.get(0).text().length(), all.get(1).text().length());
    String longEntry = all.get(0).text().length() == longer ? "1" : "2";
    DocumentReader small = new DocumentReader(ReadOptions.defaults().withMaxChars(shorter));

    IngestResult result = small.read(file);

    assertThat(result.documents()).hasSize(1);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("too-large");
              assertThat(d.entry()).isEqualTo(longEntry);
              assertThat(d.format()).contains("feed.xml#" + longEntry + ": error: [too-large]");
            });
  }
}
