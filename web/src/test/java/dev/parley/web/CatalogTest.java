package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
  @Test
  void names_comeFromTheFolderOrTheFile_andAreMadeUnique() {
    Catalog c =
        Catalog.of(
            List.of(
                Path.of("examples/ukraine-2025/scenario.yaml"),
                Path.of("other/ukraine-2025/scenario.yaml"),
                Path.of("x/Port Talks.json")));
    assertThat(c.entries())
        .extracting(Catalog.Entry::name)
        .containsExactly("ukraine-2025", "ukraine-2025-2", "port-talks");
    assertThat(c.find("../ukraine-2025")).isEmpty();
    assertThat(c.find("ukraine-2025").orElseThrow().file())
        .isEqualTo(Path.of("examples/ukraine-2025/scenario.yaml"));
  }

  @Test
  void hostHeaders_ofLoopbackNames_only() {
    assertThat(WebServer.localHost("localhost:8080")).isTrue();
    assertThat(WebServer.localHost("127.0.0.1")).isTrue();
    assertThat(WebServer.localHost("[::1]:9")).isTrue();
    assertThat(WebServer.localHost("localhost.evil.example")).isFalse();
    assertThat(WebServer.localHost("127.0.0.1.nip.io:80")).isFalse();
    assertThat(WebServer.localHost(null)).isFalse();
  }
}
