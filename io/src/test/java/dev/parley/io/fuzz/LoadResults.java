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
  /** How many NUL bytes separate two files in one input. */
  static final int SEPARATOR = 4;

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

  /** Returns the bytes before the first {@link #SEPARATOR}: the first of two files in one input. */
  static byte[] first(byte[] bytes) {
    int cut = indexOfSeparator(bytes);
    return cut < 0 ? bytes : Arrays.copyOf(bytes, cut);
  }

  /** Returns the bytes after the first {@link #SEPARATOR} (none if there is none). */
  static byte[] second(byte[] bytes) {
    int cut = indexOfSeparator(bytes);
    return cut < 0 ? new byte[0] : Arrays.copyOfRange(bytes, cut + SEPARATOR, bytes.length);
  }

  /**
   * Returns where the last {@link #SEPARATOR} bytes of the first run of at least that many NUL
   * bytes begin, or -1: four, so that a UTF-16 file (a NUL in every other byte, and at its end in
   * little-endian order) can be the first of two files.
   */
  private static int indexOfSeparator(byte[] bytes) {
    int run = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        run++;
      } else if (run >= SEPARATOR) {
        return i - SEPARATOR;
      } else {
        run = 0;
      }
    }
    return run >= SEPARATOR ? bytes.length - SEPARATOR : -1;
  }

  /**
   * Writes bytes to a file in a folder kept for the whole run, for readers that take paths; in
   * memory ({@code /dev/shm}) where there is one, which makes fuzzing tens of times faster.
   */
  static synchronized Path write(String name, byte[] bytes) {
    try {
      if (folder == null) {
        Path memory = Path.of("/dev/shm");
        folder =
            Files.isDirectory(memory) && Files.isWritable(memory)
                ? Files.createTempDirectory(memory, "parley-fuzz")
                : Files.createTempDirectory("parley-fuzz");
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
