package dev.parley.io.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path folder;

  @Test
  void read_regularFile_returnsItsBytes() throws Exception {
    Path file = Files.writeString(folder.resolve("a.txt"), "hello");
    assertThat(InputFiles.read(file, 100, "a text")).asString().isEqualTo("hello");
  }

  @Test
  void read_emptyFile_returnsNoBytes() throws Exception {
    Path file = Files.write(folder.resolve("empty"), new byte[0]);
    assertThat(InputFiles.read(file, 100, "a text")).isEmpty();
  }

  @Test
  void read_fileOverTheLimit_isTooLarge() throws Exception {
    Path file = Files.write(folder.resolve("big"), new byte[101]);
    assertThatThrownBy(() -> InputFiles.read(file, 100, "a text"))
        .isInstanceOfSatisfying(
            InputFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("file-too-large");
              assertThat(e.size()).isEqualTo(101);
            });
  }

  @Test
  void read_fileAtTheLimit_isRead() throws Exception {
    Path file = Files.write(folder.resolve("exact"), new byte[100_000]);
    assertThat(InputFiles.read(file, 100_000, "a text")).hasSize(100_000);
  }

  @Test
  void read_characterDevice_isRefusedWithoutReading() {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("/dev/zero exists").isTrue();
    assertThatThrownBy(() -> InputFiles.read(zero, 1_000_000, "a text"))
        .isInstanceOfSatisfying(
            InputFileException.class, e -> assertThat(e.code()).isEqualTo("not-a-file"));
  }

  @Test
  void read_folder_isNotAFile() {
    assertThatThrownBy(() -> InputFiles.read(folder, 100, "a text"))
        .isInstanceOfSatisfying(
            InputFileException.class, e -> assertThat(e.code()).isEqualTo("not-a-file"));
  }

  @Test
  void read_missingFile_isUnreadable() {
    assertThatThrownBy(() -> InputFiles.read(folder.resolve("nope"), 100, "a text"))
        .isInstanceOfSatisfying(
            InputFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("file-unreadable");
              assertThat(e.getMessage()).contains("no such file");
            });
  }

  @Test
  void read_fifo_isRefusedAtOnceAndNeverBlocks() throws Exception {
    Path fifo = folder.resolve("pipe");
    assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();
    long start = System.nanoTime();
    assertThatThrownBy(() -> InputFiles.read(fifo, 100, "a text"))
        .isInstanceOfSatisfying(
            InputFileException.class, e -> assertThat(e.code()).isEqualTo("not-a-file"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void read_linkToARegularFile_readsTheTarget() throws Exception {
    Path target = Files.writeString(folder.resolve("target.txt"), "linked");
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), target);
    assertThat(InputFiles.read(link, 100, "a text")).asString().isEqualTo("linked");
  }

  static boolean mkfifo(Path path) throws IOException, InterruptedException {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).start();
      return process.waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    }
  }
}
