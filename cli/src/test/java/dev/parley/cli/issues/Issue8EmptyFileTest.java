package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = ParleyCommand.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      assertThat(exit).as("%s: %s", command, err).isEqualTo(2);
      assertThat(err.toString())
          .as("%s", command)
          .contains("error: [")
          .doesNotContain("internal error")
          .doesNotContain("Exception");
    }
  }
}
