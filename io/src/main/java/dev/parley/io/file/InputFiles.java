package dev.parley.io.file;

import dev.parley.io.diagnostic.ReadFailures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Reads input files within bounds (issue 12).
 *
 * <p>Only regular files are read: devices ({@code /dev/zero}), FIFOs and sockets are refused with
 * {@code not-a-file}. The kind is checked before opening and again on the file that was opened (the
 * same file key), so a file swapped for another between listing and reading is caught as {@code
 * file-changed}. Opening a FIFO blocks in the operating system until a writer appears, which no
 * Java API can avoid, so the open runs on a daemon thread and is abandoned after {@link
 * #OPEN_TIMEOUT_MILLIS} with {@code read-timeout}. The bytes are read through a bounded loop that
 * stops one byte past the limit whatever size the file claims, so a growing file or a lying file
 * system cannot exhaust memory.
 */
public final class InputFiles {
  /** How long opening a file may block before the file is given up as not readable. */
  public static final long OPEN_TIMEOUT_MILLIS = 10_000;

  private static final ExecutorService OPENER =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "parley-file-open");
            thread.setDaemon(true);
            return thread;
          });

  private InputFiles() {}

  /**
   * Returns the bytes of a regular file of at most {@code maxBytes} bytes.
   *
   * @param what what the file should hold, for messages ("a scenario file")
   * @throws InputFileException when the path is not a regular file, is larger than the limit,
   *     changed while it was opened, could not be opened in time, or could not be read
   */
  public static byte[] read(Path file, long maxBytes, String what) throws InputFileException {
    return read(file, maxBytes, what, false);
  }

  /**
   * Returns the first {@code maxBytes} bytes of a regular file (all of them if it is shorter), for
   * telling its format from its content; the same checks as {@link #read} apply, but a longer file
   * is not an error.
   *
   * @param what what the file should hold, for messages ("a scenario file")
   * @throws InputFileException when the path is not a regular file, changed while it was opened,
   *     could not be opened in time, or could not be read
   */
  public static byte[] readHead(Path file, int maxBytes, String what) throws InputFileException {
    return read(file, maxBytes, what, true);
  }

  private static byte[] read(Path file, long maxBytes, String what, boolean head)
      throws InputFileException {
    if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    // Links are resolved once, up front; the resolved path is then opened without following a link
    // in its last part, so a file swapped for a link after this check cannot redirect the read.
    Path real = realPath(file);
    Object key = regularFileKey(real, what);
    SeekableByteChannel channel = open(real);
    try (channel) {
      Object opened = regularFileKey(real, what);
      if (!Objects.equals(key, opened)) {
        throw new InputFileException(
            "file-changed",
            "expected " + what + ", but the file was replaced while it was being opened",
            "read it again when nothing else is writing to the folder",
            -1);
      }
      if (head) {
        return readHead(channel, (int) maxBytes);
      }
      return readBounded(channel, maxBytes, what);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static byte[] readHead(SeekableByteChannel channel, int maxBytes) throws IOException {
    byte[] bytes = new byte[(int) Math.min(Math.max(channel.size(), 0), maxBytes)];
    int length = 0;
    while (true) {
      if (length == bytes.length) {
        if (length == maxBytes) {
          return bytes;
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max((long) length * 2, 8192), maxBytes));
      }
      int n = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
      if (n < 0) {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
      }
      length += n;
    }
  }

  private static Path realPath(Path file) throws InputFileException {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Returns the file key of a regular file (not following a link in the last part), or throws
   * {@code not-a-file} for a device, FIFO, socket or folder.
   */
  private static @Nullable Object regularFileKey(Path file, String what) throws InputFileException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (!attributes.isRegularFile()) {
      String kind =
          attributes.isDirectory()
              ? "a folder"
              : attributes.isSymbolicLink()
                  ? "a link that was swapped in while it was being read"
                  : "a device, FIFO or socket";
      throw new InputFileException(
          "not-a-file",
          "expected " + what + " in a regular file, but this path is " + kind,
          "give the path of an ordinary file; to read a stream, save it to a file first",
          -1);
    }
    return attributes.fileKey();
  }

  private static SeekableByteChannel open(Path file) throws InputFileException {
    Future<SeekableByteChannel> opening =
        OPENER.submit(
            () ->
                Files.newByteChannel(
                    file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
    try {
      return opening.get(OPEN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      opening.cancel(true);
      throw new InputFileException(
          "read-timeout",
          "expected a file that opens at once, but opening it blocked for "
              + OPEN_TIMEOUT_MILLIS / 1000
              + " s (a FIFO swapped in?)",
          "give the path of an ordinary file",
          -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      opening.cancel(true);
      throw new InputFileException(
          "file-unreadable", "expected a readable file, but reading was interrupted", "", -1);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw unreadable(io);
      }
      throw new InputFileException(
          "file-unreadable",
          "expected a readable file, but opening it failed: " + e.getCause(),
          "check that the file exists and that you may read it",
          -1);
    }
  }

  private static byte[] readBounded(SeekableByteChannel channel, long maxBytes, String what)
      throws IOException, InputFileException {
    long claimed = channel.size();
    if (claimed > maxBytes) {
      throw tooLarge(what, maxBytes, claimed);
    }
    int capacity = (int) Math.min(Math.max(claimed, 8192), maxBytes + 1);
    byte[] bytes = new byte[capacity];
    int length = 0;
    while (true) {
      if (length == bytes.length) {
        if (length > maxBytes) {
          throw tooLarge(what, maxBytes, length);
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min((long) length * 2, maxBytes + 1));
      }
      int n = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
      if (n < 0) {
        break;
      }
      length += n;
    }
    if (length > maxBytes) {
      throw tooLarge(what, maxBytes, length);
    }
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }

  private static InputFileException tooLarge(String what, long maxBytes, long size) {
    return new InputFileException(
        "file-too-large",
        "expected " + what + " of at most " + maxBytes + " bytes, but found " + size,
        "check that this is the right file",
        size);
  }

  private static InputFileException unreadable(IOException e) {
    return new InputFileException(
        "file-unreadable",
        ReadFailures.message(e),
        "check that the file exists and that you may read it",
        -1);
  }
}
