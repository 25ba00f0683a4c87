package dev.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.validate.Severity;
import dev.parley.ingest.document.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: folder ingest followed symbolic links out of the tree, so a link to {@code /etc/shadow}
 * inside a corpus folder was ingested. Folder walks and globs now skip a link whose target lies
 * outside the folder given, with a {@code link-outside} warning, unless links are followed on
 * request; links inside the tree are read, and link cycles do not loop.
 */
class FolderLinksTest {
  @TempDir Path dir;

  private Path corpus;
  private Path secret;

  private static String article(String subject) {
    return subject
        + " Council Meets\n\nThe "
        + subject.toLowerCase(java.util.Locale.ROOT)
        + " council agreed on Tuesday to add two evening ferry crossings from June, after"
        + " commuters petitioned for later services.\n\nThe operator said the extra crossings would"
        + " cost about 40,000 euros a year, which the council will cover for a trial year.\n";
  }

  @BeforeEach
  void corpusWithALinkOut() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), article("Harbour"), StandardCharsets.UTF_8);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    secret =
        Files.writeString(outside.resolve("secret.txt"), article("Root"), StandardCharsets.UTF_8);
    Files.createSymbolicLink(corpus.resolve("b-secret.txt"), secret);
  }

  @Test
  void linkToAFileOutsideTheFolder_isSkippedWithAWarningNamingLinkAndTarget() throws IOException {
    IngestResult result = new DocumentReader().read(corpus);

    assertThat(result.documents())
        .extracting(Document::origin)
        .containsExactly(corpus.resolve("a.txt").toString());
    assertThat(result.hasErrors()).isFalse();
    IngestDiagnostic d = result.diagnostics().get(0);
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.code()).isEqualTo("link-outside");
    assertThat(d.file()).isEqualTo(corpus.resolve("b-secret.txt").toString());
    assertThat(d.message()).contains(secret.toRealPath().toString());
    assertThat(d.format()).contains("b-secret.txt: warning: [link-outside]");
  }

  @Test
  void linkOutside_isFollowedWhenAskedFor() {
    IngestResult result =
        new DocumentReader(ReadOptions.defaults().withFollowLinks(true)).read(corpus);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.documents()).hasSize(2);
  }

  @Test
  void linkToAFolderOutside_isSkippedWholeWithAWarning() throws IOException {
    Files.createSymbolicLink(corpus.resolve("c-outside"), secret.getParent());

    IngestResult result = new DocumentReader().read(corpus);

    assertThat(result.documents()).hasSize(1);
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::file)
        .containsExactlyInAnyOrder(
            corpus.resolve("b-secret.txt").toString(), corpus.resolve("c-outside").toString());
  }

  @Test
  void linksInsideTheTree_areReadAndCyclesDoNotLoop() throws IOException {
    Path sub = Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(sub.resolve("d.txt"), article("Valley"), StandardCharsets.UTF_8);
    Files.createSymbolicLink(corpus.resolve("e-alias.txt"), sub.resolve("d.txt"));
    Files.createSymbolicLink(sub.resolve("up"), corpus);
    Files.createSymbolicLink(corpus.resolve("f-sub"), sub);

    IngestResult result = new DocumentReader().read(corpus);

    assertThat(result.documents())
        .extracting(Document::origin)
        .containsExactly(
            corpus.resolve("a.txt").toString(), corpus.resolve("e-alias.txt").toString());
    assertThat(result.duplicates()).isNotEmpty();
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsOnly("link-outside");
  }

  @Test
  void globOverTheFolder_skipsTheLinkOutsideToo() {
    IngestResult result = new DocumentReader().read(Path.of(corpus + "/*.txt"));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsExactly("link-outside");
  }

  @Test
  void listing_isWhatAFolderReadReads() {
    FolderListing listing = new DocumentReader().list(corpus);

    assertThat(listing.files()).containsExactly(corpus.resolve("a.txt"));
    assertThat(listing.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsExactly("link-outside");
  }

  @Test
  void fileTurnedIntoALinkOutAfterListing_isNotRead() throws IOException {
    Path late =
        Files.writeString(corpus.resolve("g-late.txt"), article("Late"), StandardCharsets.UTF_8);
    DocumentReader reader = new DocumentReader();
    FolderListing listing = reader.list(corpus);
    assertThat(listing.files()).contains(late);
    Files.delete(late);
    Files.createSymbolicLink(late, secret);

    IngestResult result = reader.read(late, listing);

    assertThat(result.documents()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsExactly("link-outside");
  }

  @Test
  void explicitPathOfALink_isRead() {
    IngestResult result = new DocumentReader().read(corpus.resolve("b-secret.txt"));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.documents()).hasSize(1);
  }
}
