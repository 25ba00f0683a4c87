package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8: an empty file, or one holding only a byte order mark, was an internal error (exit 1, an
 * IllegalStateException from the text decoder) in every command that reads a scenario or a table.
 * It must be an input error at the file, exit 2, in every such command.
 */
class Issue8EmptyFileTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF"})
  void emptyOrBomOnlyFile_isAnInputErrorInEveryCommandThatReadsOne(String content)
      throws Exception {
    List<List<String>> commands =
        List.of(
            List.of("validate", "s.yaml"),
            List.of("validate", "s.json"),
            List.of("analyze", "s.yaml"),
            List.of("forecast", "s.yaml"),
            List.of("forecast", "k.csv"),
            List.of("forecast", "k.xml"),
            List.of("simulate", "s.yaml"),
            List.of("uncertainty", "s.yaml"),
            List.of("evaluate", "deu", "d.csv"),
            List.of("import", "g.xml", "p.xml"),
            List.of("import", "gw.json", "p.json"));
    for (List<String> command : commands) {
      String[] args = command.toArray(String[]::new);
      for (int a = 1; a < args.length; a++) {
        if (args[a].contains(".")) {
          Path file = dir.resolve(args[a]);
          Files.writeString(file, content);
          args[a] = file.toString();
        }
      }
      ParleyCommandTest.Run r = ParleyCommandTest.run(args);
      assertThat(r.exit()).as("%s: %s", command, r.err()).isEqualTo(2);
      assertThat(r.err())
          .as("%s", command)
          .contains("error: [")
          .doesNotContain("internal error")
          .doesNotContain("Exception");
    }
  }
}
