package dev.parley.io;

import dev.parley.io.internal.text.InputText;
import java.nio.file.Path;
import java.util.Optional;

/** The scenario file formats Parley reads, told apart by their content. */
public enum FileFormat {
  /** Parley's own format in YAML. */
  PARLEY_YAML,
  /** Parley's own format in JSON. */
  PARLEY_JSON,
  /** A GENIUS domain or profile (XML). */
  GENIUS_XML,
  /** A GeniusWeb domain or profile (JSON). */
  GENIUSWEB_JSON;

  /**
   * Returns the format of a file from its first 64 KiB (UTF-8, or UTF-16 with a byte order mark),
   * or empty if it is none of these. A path that is not a regular file (a device, a FIFO), or that
   * cannot be read, is empty too, and never blocks for long: reading it later reports why.
   */
  public static Optional<FileFormat> detect(Path file) {
    return detect(InputText.head(file));
  }

  /**
   * Returns the format of a text from its content: XML with {@code <utility_space>} or {@code
   * <negotiation_template>} is GENIUS; JSON with {@code "issuesValues"} or {@code
   * "LinearAdditiveUtilitySpace"} is GeniusWeb; JSON or YAML with a top-level {@code parley} key is
   * Parley's own.
   */
  public static Optional<FileFormat> detect(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String start = body.stripLeading();
    if (start.startsWith("<")) {
      return body.contains("<utility_space") || body.contains("<negotiation_template")
          ? Optional.of(GENIUS_XML)
          : Optional.empty();
    }
    if (start.startsWith("{")) {
      if (body.contains("\"issuesValues\"") || body.contains("\"LinearAdditiveUtilitySpace\"")) {
        return Optional.of(GENIUSWEB_JSON);
      }
      return body.contains("\"parley\"") ? Optional.of(PARLEY_JSON) : Optional.empty();
    }
    return body.lines().anyMatch(line -> line.startsWith("parley:"))
        ? Optional.of(PARLEY_YAML)
        : Optional.empty();
  }
}
