package dev.parley.bench.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The pages of the article-extraction benchmark ({@code data/article-extraction-benchmark/html}
 * under the shared folder: {@code -Dparley.shared}, else {@code $PARLEY_SHARED}, else {@code
 * ../shared}), decompressed, in file-name order.
 */
public final class BenchmarkPages {
  private BenchmarkPages() {}

  /** Returns every page's HTML. */
  public static List<String> load() {
    Path html = sharedFolder().resolve("data/article-extraction-benchmark/html");
    List<String> loaded = new ArrayList<>();
    try (Stream<Path> list = Files.list(html)) {
      for (Path page : list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          loaded.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark pages in " + html, e);
    }
    if (loaded.isEmpty()) {
      throw new IllegalStateException("expected benchmark pages in " + html + " but found none");
    }
    return List.copyOf(loaded);
  }

  private static Path sharedFolder() {
    String property = System.getProperty("parley.shared");
    if (property != null) {
      return Path.of(property);
    }
    String env = System.getenv("PARLEY_SHARED");
    return Path.of(env != null ? env : "../shared");
  }
}
