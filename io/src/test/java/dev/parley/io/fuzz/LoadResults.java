package dev.parley.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What every reader owes any input: a load result whose diagnostics say what went wrong. */
final class LoadResults {
  private static Path folder;

  private LoadResults() {}

  /** Checks that a result is a value or a list of errors, each with a code and a message. */
  static void check(LoadResult<?> result) {
    assertThat(result).isNotNull();
    assertThat(result.hasErrors()).isEqualTo(result.value() == null);
    for (LocatedDiagnostic d : result.diagnostics()) {
      assertThat(d.code()).isNotBlank();
      assertThat(d.diagnostic().message()).isNotBlank();
    }
  }

  /** Returns the bytes before the first NUL byte: the first of two files in one input. */
  static byte[] first(byte[] bytes) {
    int cut = indexOfNul(bytes);
    return cut < 0 ? bytes : Arrays.copyOf(bytes, cut);
  }

  /** Returns the bytes after the first NUL byte (none if there is no NUL byte). */
  static byte[] second(byte[] bytes) {
    int cut = indexOfNul(bytes);
    return cut < 0 ? new byte[0] : Arrays.copyOfRange(bytes, cut + 1, bytes.length);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Writes bytes to a file in a folder kept for the whole run, for readers that take paths. */
  static synchronized Path write(String name, byte[] bytes) {
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("parley-fuzz");
        folder.toFile().deleteOnExit();
      }
      Path file = folder.resolve(name);
      Files.write(file, bytes);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
