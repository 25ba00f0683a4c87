package dev.parley.io.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.InputText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way {@link InputFiles} can fail becomes a diagnostic at the file with the same code,
 * message and hint. {@code file-changed} and {@code read-timeout} need a file swapped between two
 * system calls, which no test can time, so their mapping is checked on the exceptions themselves.
 */
class InputFileFailuresTest {
  @TempDir Path dir;

  @Test
  void everyFailureCode_becomesADiagnosticWithThatCode() {
    for (String code :
        List.of(
            "not-a-file", "file-too-large", "file-changed", "read-timeout", "file-unreadable")) {
      InputFileException e =
          new InputFileException(code, "expected a file, but " + code, "hint for " + code, -1);
      LocatedDiagnostic d = InputText.failure("in.yaml", e);
      assertThat(d.code()).isEqualTo(code);
      assertThat(d.isError()).isTrue();
      assertThat(d.file()).isEqualTo("in.yaml");
      assertThat(d.position()).isEqualTo(TextPosition.UNKNOWN);
      assertThat(d.diagnostic().message()).isEqualTo("expected a file, but " + code);
      assertThat(d.diagnostic().hint()).isEqualTo("hint for " + code);
    }
  }

  @Test
  void readBytes_givesTheReadersHintForATooLargeFileOnly() throws Exception {
    Path big = Files.write(dir.resolve("big"), new byte[11]);
    List<LocatedDiagnostic> sink = new ArrayList<>();
    assertThat(InputText.readBytes(big, 10, "a table", "keep tables small", sink)).isNull();
    assertThat(InputText.readBytes(dir.resolve("absent"), 10, "a table", "keep it", sink)).isNull();
    assertThat(sink)
        .extracting(LocatedDiagnostic::code)
        .containsExactly("file-too-large", "file-unreadable");
    assertThat(sink.get(0).diagnostic().hint()).isEqualTo("keep tables small");
    assertThat(sink.get(0).diagnostic().message())
        .isEqualTo("expected a table of at most 10 bytes, but found 11");
    assertThat(sink.get(1).diagnostic().hint()).isNotEqualTo("keep it");
  }

  @Test
  void readHead_givesTheFirstBytesOfALongerFileWithoutComplaint() throws Exception {
    Path file = Files.writeString(dir.resolve("long.txt"), "abcdefghij");
    assertThat(InputFiles.readHead(file, 4, "a text")).asString().isEqualTo("abcd");
    assertThat(InputFiles.readHead(file, 100, "a text")).asString().isEqualTo("abcdefghij");
    assertThat(InputFiles.readHead(file, 0, "a text")).isEmpty();
  }

  @Test
  void readHead_refusesWhatReadRefuses() {
    assertThatThrownBy(() -> InputFiles.readHead(dir, 4, "a text"))
        .isInstanceOfSatisfying(
            InputFileException.class, e -> assertThat(e.code()).isEqualTo("not-a-file"));
  }
}
