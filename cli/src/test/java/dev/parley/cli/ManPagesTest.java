package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.cli.ParleyCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The manual pages: one per command, from the same model as --help, valid roff. */
class ManPagesTest {
  @TempDir Path dir;

  private static List<String> commandPaths(CommandLine cl) {
    List<String> names = new ArrayList<>();
    if (cl.getCommandSpec().usageMessage().hidden()) {
      return names;
    }
    names.add(ManPages.pageName(cl.getCommandSpec()) + ".1");
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandName().equals(sub.getCommandSpec().name())) {
        names.addAll(commandPaths(sub));
      }
    }
    return names;
  }

  @Test
  void everyCommandHasAPage_namingEachOfItsOptions() {
    CommandLine root = ParleyCommand.commandLine();
    Map<String, String> pages = ManPages.pages(root);
    assertThat(pages.keySet())
        .containsExactlyInAnyOrderElementsOf(commandPaths(root))
        .contains("parley.1", "parley-analyze.1", "parley-ledger-resolve.1", "parley-man.1");
    CommandLine resolve = root.getSubcommands().get("ledger").getSubcommands().get("resolve");
    String page = pages.get("parley-ledger-resolve.1");
    assertThat(page).startsWith(".\\\" Generated").contains(".TH \"PARLEY\\-LEDGER\\-RESOLVE\" 1");
    for (CommandLine.Model.OptionSpec o : resolve.getCommandSpec().options()) {
      if (!o.hidden()) {
        assertThat(page).contains("\\fB" + ManPages.escape(o.longestName()) + "\\fR");
      }
    }
    assertThat(page).contains(".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH EXIT STATUS");
    assertThat(pages.get("parley.1")).contains(".SH COMMANDS").contains("parley\\-demo\\fR(1)");
    // the defaults are filled in as --help fills them in
    assertThat(String.join("", pages.values())).doesNotContain("${DEFAULT-VALUE}");
  }

  @Test
  void theCommandWritesThePages_andGroffReadsThemWithoutAWarning() throws Exception {
    Path out = dir.resolve("man");
    Run r = ParleyCommandTest.run("man", "--dir", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("manual pages written to");
    List<Path> files;
    try (var s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    assumeTrue(onPath("groff"), "groff is not installed: the roff is not checked by a renderer");
    for (Path f : files) {
      Process p =
          new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", f.toString())
              .redirectErrorStream(true)
              .start();
      String warnings = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(warnings).as(f.getFileName().toString()).isEmpty();
      assertThat(p.exitValue()).isZero();
    }
  }

  private static boolean onPath(String program) throws IOException {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
