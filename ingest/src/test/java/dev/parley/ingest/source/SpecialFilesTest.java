package dev.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.ingest.document.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: size limits held only for regular files. {@code /dev/zero} and {@code /dev/urandom}
 * ended in {@code OutOfMemoryError}, and a FIFO blocked forever. Only regular files are read now;
 * anything else given by path is refused with {@code not-a-file}, and a FIFO in a folder is left
 * out of the walk.
 */
class SpecialFilesTest {
  @TempDir Path dir;

  private static final String ARTICLE =
      "Harbour Council Meets\n\nThe harbour council agreed on Tuesday to add two evening ferry"
          + " crossings from June, after commuters petitioned for later services.\n";

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(p.waitFor() == 0, "mkfifo is available");
    return fifo;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
  void device_isRefusedNotRead(String device) {
    assumeTrue(Files.exists(Path.of(device)));

    IngestResult result = new DocumentReader().read(Path.of(device));

    assertThat(result.documents()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("not-a-file");
              assertThat(d.format())
                  .startsWith(device + ": error: [not-a-file]")
                  .contains("hint: ");
            });
  }

  @Test
  void fifo_givenByPath_isRefusedWithoutOpeningIt() throws Exception {
    Path fifo = fifo("feed.xml");

    IngestResult result = new DocumentReader().read(fifo);

    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsExactly("not-a-file");
  }

  @Test
  void fifoInAFolder_isLeftOutAndTheRestIsRead() throws Exception {
    fifo("a-pipe.txt");
    Files.writeString(dir.resolve("b.txt"), ARTICLE, StandardCharsets.UTF_8);

    IngestResult result = new DocumentReader().read(dir);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.documents())
        .extracting(Document::origin)
        .containsExactly(dir.resolve("b.txt").toString());
  }

  @Test
  void gzipBomb_staysBoundedByTheSizeLimit() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    Path bomb = Files.write(dir.resolve("bomb.txt.gz"), out.toByteArray());

    IngestResult result = new DocumentReader().read(bomb);

    assertThat(result.diagnostics())
        .extracting(IngestDiagnostic::code)
        .containsExactly("too-large");
  }
}
