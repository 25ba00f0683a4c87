package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest.Run;
import dev.parley.testkit.ProjectFiles;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code parley analyze --evidence}: every value of the profiles with what it rests on. */
class AnalyzeEvidenceTest {
  @Test
  void analyzeWithEvidence_listsEveryValueWithItsSourcesOrAsAnAssumption() {
    String file = ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml").toString();
    Run run = ParleyCommandTest.run("analyze", file, "--evidence");
    assertThat(run.exit()).as(run.err()).isZero();
    String out = run.out();
    Matcher m = Pattern.compile("EVIDENCE BEHIND EACH VALUE \\((\\d+) of (\\d+) cite").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    int cited = Integer.parseInt(m.group(1));
    int all = Integer.parseInt(m.group(2));
    // the four parties' values, some cited and some assumed
    assertThat(cited).isPositive().isLessThan(all);
    String section = out.substring(m.start());
    assertThat(section).contains("  Russia\n").contains("    ideal on Donetsk region (0–100) = ");
    assertThat(section).contains("      source ").contains("      assumption");
    assertThat(section.lines().filter(l -> l.startsWith("      assumption")).count())
        .isEqualTo(all - cited);
    // without the option, no such section
    assertThat(ParleyCommandTest.run("analyze", file).out())
        .doesNotContain("EVIDENCE BEHIND EACH VALUE");
  }
}
