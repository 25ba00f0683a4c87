package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.testkit.ProjectFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: {@code --trials 1000000000} and {@code --runs 2147483647} were internal errors (an
 * {@code OutOfMemoryError} with a raw stack trace) or ran for ages. Every count a command takes has
 * a documented maximum, and beyond it is a usage error: exit 2, one line and a hint.
 */
class Issue12CountLimitsTest {
  private static final String HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "uncertainty | --trials       | 1000000000 | 1,000,000",
        "uncertainty | --threads      | 5000       | 1,024",
        "uncertainty | --rounds       | 20000      | 10,000",
        "uncertainty | --horizon-days | 1e9        | 36,500",
        "uncertainty | --top          | 2147483647 | 1,000",
        "forecast    | --trials       | 1000000000 | 1,000,000",
        "forecast    | --threads      | 2147483647 | 1,024",
        "simulate    | --runs         | 2147483647 | 100,000",
        "simulate    | --rounds       | 2147483647 | 100,000",
        "simulate    | --threads      | 0          | 1,024",
        "simulate    | --horizon-days | 1e12       | 36,500",
        "evaluate    | --bootstrap    | 2147483647 | 100,000"
      })
  void aCountBeyondItsMaximum_isAOneLineUsageErrorWithAHint(
      String command, String option, String value, String max) {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("evaluate")) {
      args.addAll(List.of("deu", "no-such-file.csv"));
    } else {
      args.add(HARBOUR);
    }
    args.addAll(List.of(option, value));
    ParleyCommandTest.Run r = ParleyCommandTest.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as(r.err()).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("parley " + command + ": error: expected " + option + " from ")
        .contains(" to " + max + ", but found ");
    assertThat(lines.get(1)).startsWith("    hint: ");
  }

  @Test
  void theMaximaAreInTheHelp() {
    assertThat(ParleyCommandTest.run("uncertainty", "--help").out())
        .contains("1 to 1,000,000")
        .contains("0 to 10000");
    assertThat(ParleyCommandTest.run("simulate", "--help").out()).contains("1 to 100,000");
    assertThat(ParleyCommandTest.run("forecast", "--help").out()).contains("0 to 1,000,000");
  }

  @Test
  void otherUsageErrors_areOneLineAndAHintToo() {
    ParleyCommandTest.Run r = ParleyCommandTest.run("uncertainty", HARBOUR, "--trails", "10");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .hasSize(2)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("parley uncertainty: error: Unknown option");
              assertThat(lines.get(1)).contains("hint: did you mean --trials?");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "forecast --model compromize | expected a model among | did you mean 'compromise'?",
        "forecast --history csv | expected --history ktab | ktab is the only layout",
        "evidence --limit 0 | expected --limit above 0 | ask for 1 item or more",
        "evidence --type quotes | expected a type among | did you mean 'quote'?",
        "evidence --since 2025-03-02 --until 2025-03-01 | expected --since on or before | swap",
        "evidence --query-syntax | expected --search TEXT | give one",
        "ledger record --runs 0 | expected --runs of at least 1 | see 'parley ledger record"
      })
  void badValuesCheckedByTheCommands_goThroughTheSameUsagePath(
      String line, String error, String hint) {
    List<String> args = new ArrayList<>(List.of(line.split(" ", -1)));
    if (!args.get(0).equals("evidence")) {
      args.add(args.get(0).equals("ledger") ? 2 : 1, HARBOUR);
    }
    ParleyCommandTest.Run r = ParleyCommandTest.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as(r.err()).hasSize(2);
    assertThat(lines.get(0)).contains(": error: " + error);
    assertThat(lines.get(1)).startsWith("    hint: ").contains(hint);
  }
}
