package dev.parley.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds public types and methods without Javadoc in a source tree.
 *
 * <p>javac's doclint cannot require a comment without also requiring every {@code @param} and
 * {@code @return}, which the house style leaves optional; this check requires only the comment. A
 * declaration counts as documented when the nearest line above it, skipping annotations, ends a
 * Javadoc comment; methods marked {@code @Override} inherit their documentation.
 */
public final class JavadocCheck {
  private static final Pattern PUBLIC_DECLARATION =
      Pattern.compile(
          "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|default|synchronized)\\s+)*"
              + "(?:(?:class|interface|record|enum|@interface)\\s+\\w+|[\\w<>\\[\\],.? ]+\\s+\\w+\\s*\\(|\\w+\\s*\\()");

  private JavadocCheck() {}

  /** Returns "file:line: declaration" for every undocumented public declaration under a root. */
  public static List<String> undocumented(Path sourceRoot) {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (PUBLIC_DECLARATION.matcher(lines.get(i)).find() && !documented(lines, i)) {
            missing.add(sourceRoot.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return missing;
  }

  private static boolean documented(List<String> lines, int declaration) {
    for (int i = declaration - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.startsWith("@Override")) {
        return true;
      }
      if (line.startsWith("@")) {
        continue;
      }
      return line.endsWith("*/");
    }
    return false;
  }
}
