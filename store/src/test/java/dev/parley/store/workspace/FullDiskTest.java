package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an ingest gives a located {@code workspace-disk-full} diagnostic that
 * says what was kept, and the workspace keeps every document committed before (issue 12).
 *
 * <p>The full disk is real, not mocked: the child JVM runs under {@code ulimit -f}, so the kernel
 * refuses to let the database file grow past the limit (EFBIG, "File too large", as ENOSPC would
 * for a full disk; the JVM ignores SIGXFSZ). Linux with bash only.
 */
class FullDiskTest {
  private static final int LIMIT_KB = 2_048;
  private static final int DOCUMENTS = 400;

  @TempDir Path dir;

  @Test
  void aDiskThatFillsUp_isALocatedErrorAndKeepsWhatWasCommitted() throws Exception {
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"));
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                "/bin/bash",
                "-c",
                "ulimit -f " + LIMIT_KB + " && exec \"$@\"",
                "fill-disk",
                java.toString(),
                "-XX:-UsePerfData",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                FillDiskMain.class.getName(),
                dir.toString(),
                Integer.toString(DOCUMENTS))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    } finally {
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    }
    int reported =
        lines.stream()
            .filter(l -> l.startsWith("stored "))
            .mapToInt(l -> Integer.parseInt(l.substring(7)))
            .max()
            .orElse(0);
    assertThat(reported).as("documents stored before the limit: %s", lines).isPositive();
    String code = "workspace-disk-full";
    assertThat(lines).as("the child's output").contains("diagnostic " + code);
    String diagnostic = lines.get(lines.indexOf("diagnostic " + code) + 1);
    assertThat(diagnostic)
        .startsWith(dir + ": error: [" + code + "] expected to store large-" + reported)
        .contains("no space left")
        .contains("was not stored; the " + reported + " documents stored before it")
        .contains("are kept")
        .contains("hint: free some space")
        .contains("see docs/errors/workspace-disk-full.md");

    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.documentCount()).as("every committed document is kept").isEqualTo(reported);
      assertThat(ws.runs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo("interrupted");
                assertThat(r.counts().stored()).isEqualTo(reported);
              });
      RunId rerun = ws.startRun(List.of("large documents"), "rerun");
      int stored = 0;
      for (int i = 0; i <= reported; i++) {
        if (ws.store(FillDiskMain.document(i), rerun)) {
          stored++;
        }
      }
      assertThat(stored).as("a rerun stores only the document that failed").isEqualTo(1);
    }
  }
}
