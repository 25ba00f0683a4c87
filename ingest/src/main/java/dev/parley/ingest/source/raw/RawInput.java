package dev.parley.ingest.source.raw;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one input as read from a file or a stream, before its format and encoding are known.
 *
 * @param origin where the bytes came from, such as a file path; documents read from them carry it
 * @param bytes the content; readers do not modify it
 * @param name the file name, used as a hint for the format when the content leaves it open; null
 *     when unknown
 */
public record RawInput(String origin, byte[] bytes, @Nullable String name) {
  /** Validates the fields. */
  public RawInput {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawInput r
        && origin.equals(r.origin)
        && java.util.Arrays.equals(bytes, r.bytes)
        && Objects.equals(name, r.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, java.util.Arrays.hashCode(bytes), name);
  }

  @Override
  public String toString() {
    return "RawInput[" + origin + ", " + bytes.length + " bytes]";
  }
}
