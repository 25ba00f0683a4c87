package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import dev.parley.testkit.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a whole; {@link #run} runs it in process for every command test. */
public class ParleyCommandTest {
  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  /** One in-process run: exit code, standard output and standard error. */
  public record Run(int exit, String out, String err) {}

  /** Runs the command line in process with the given arguments. */
  public static Run run(String... args) {
    return run(Surroundings.system(), new StringWriter(), args);
  }

  /**
   * Runs the command line in process with the given clock and interrupts, writing its standard
   * error to {@code err} as it goes.
   */
  public static Run run(Surroundings surroundings, java.io.Writer err, String... args) {
    StringWriter out = new StringWriter();
    // the path main takes: only the command named is registered
    CommandLine cl = ParleyCommand.commandLine(surroundings, args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aRun_buildsOnlyTheCommandItNames_andEveryOneForTheHelp() {
    Surroundings system = Surroundings.system();
    assertThat(
            ParleyCommand.commandLine(system, new String[] {"validate", "x.yaml"})
                .getSubcommands()
                .keySet())
        .containsExactly("validate");
    assertThat(ParleyCommand.commandLine(system, new String[] {"--version"}).getSubcommands())
        .isEmpty();
    assertThat(ParleyCommand.commandLine(system, new String[] {}).getSubcommands().keySet())
        .isEqualTo(ParleyCommand.commandLine().getSubcommands().keySet())
        .contains("demo", "validate", "serve", "help", "completion");
    assertThat(
            ParleyCommand.commandLine(system, new String[] {"help", "validate"})
                .getSubcommands()
                .keySet())
        .isEqualTo(ParleyCommand.commandLine().getSubcommands().keySet());
    assertThat(ParleyCommand.commandLine(system, new String[] {"man"}).getSubcommands().keySet())
        .isEqualTo(ParleyCommand.commandLine().getSubcommands().keySet());
  }

  @Test
  void help_isAvailableOnEveryCommand() {
    for (String command :
        List.of(
            "demo",
            "ingest",
            "extract",
            "evidence",
            "ledger",
            "claims",
            "validate",
            "analyze",
            "forecast",
            "simulate",
            "uncertainty",
            "import",
            "evaluate")) {
      Run r = run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: parley " + command).contains("--verbose");
    }
    assertThat(run("--help").out()).contains("Exit codes:").contains("analyze");
  }

  @Test
  void help_fitsInOneHundredColumnsAndHasNoStrayFormatCharacters() {
    CommandLine root = ParleyCommand.commandLine();
    for (CommandLine command : root.getSubcommands().values()) {
      String name = command.getCommandName();
      // picocli formats descriptions with String.format; a lone % prints a warning instead
      for (String line : command.getCommandSpec().usageMessage().description()) {
        assertThat(line.replace("%%", "").replace("%n", "")).as(name).doesNotContain("%");
      }
      if (name.equals("help")) {
        continue;
      }
      Run r = run(name, "--help");
      assertThat(r.out().lines())
          .as(name)
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }
  }

  @Test
  void topLevelHelp_summarisesEachCommandInOneLine() {
    String help = run("--help").out();
    List<String> commands =
        help.lines()
            .dropWhile(line -> !line.equals("Commands:"))
            .skip(1)
            .takeWhile(line -> !line.isBlank())
            .toList();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(12);
    for (String line : commands) {
      assertThat(line).as("a summary wraps").matches("  [a-z]+ +\\S.*\\.");
    }
  }

  @Test
  void version_namesParleyAndJava() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("parley").contains("Java");
  }

  @Test
  void unknownOption_isAUsageErrorWithExitCode2() {
    Run r = run("analyze", "--no-such-option", HARBOUR.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void generateCompletion_printsABashScriptThatCompletesEveryCommand() {
    Run r = run("completion");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("complete -F").contains("analyze").contains("uncertainty");
    assertThat(run("--help").out()).contains("completion  ");
  }

  @Test
  void noCommand_printsTheHelpOnStandardErrorAndExitsWith2() {
    Run r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Commands:").contains("error: no command given");
  }

  @Test
  void misspeltOption_suggestsTheNearestOptionInOneLine() {
    Run r = run("analyze", "--fromat", "json", HARBOUR.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--fromat'").contains("did you mean --format?");
    assertThat(r.err().lines().count()).as(r.err()).isEqualTo(2);
  }

  @Test
  void misspeltCommand_suggestsTheNearestCommand() {
    Run r = run("anlyze", HARBOUR.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean analyze?");
  }

  @Test
  void validate_acceptsAGoodScenario() {
    Run r = run("validate", HARBOUR.toString(), "--assumptions");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("ok").contains("assumption:");
  }

  @Test
  void validate_reportsEveryProblemWithLocationAndExitCode2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(HARBOUR, StandardCharsets.UTF_8)
            .replace("salience: 0.3", "salience: 1.3")
            .replace(
                "kind: organization\n    aliases: [the dockers",
                "kind: organisation\n    aliasses: [the dockers"),
        StandardCharsets.UTF_8);
    Run r = run("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .containsPattern("bad\\.yaml:\\d+:\\d+: error: \\[")
        .contains("hint:")
        .contains("see docs/errors/")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.err().lines().filter(l -> l.contains(": error: [")).count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void validate_printsDiagnosticsAsJson(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(HARBOUR, StandardCharsets.UTF_8).replace("salience: 0.3", "salience: 1.3"),
        StandardCharsets.UTF_8);
    Run r = run("validate", bad.toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out())
        .contains("\"ok\" : false")
        .contains("\"code\" : \"salience-range\"")
        .contains("\"line\" :")
        .contains("\"doc\" : \"docs/errors/salience-range.md\"");
    Run good = run("validate", HARBOUR.toString(), "--format", "json");
    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("\"ok\" : true").contains("\"assumptions\"");
  }

  @Test
  void analyze_printsTheReadableReport() {
    Run r = run("analyze", HARBOUR.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ZONE OF POSSIBLE AGREEMENT")
        .contains("SOLUTIONS")
        .contains("Nash")
        .contains("LEVERS")
        .contains("subsidy");
  }

  @Test
  void analyze_printsJson() {
    Run r = run("analyze", HARBOUR.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"n_pareto_vectors\"").contains("\"nash\"");
  }

  @Test
  void analyze_readsAGeniusDomainAndProfiles() {
    Path dir = SharedData.resolve("data/anac/anac2011-Laptop");
    Run r =
        run(
            "analyze",
            dir.resolve("laptop_domain.xml").toString(),
            dir.resolve("laptop_buyer_utility.xml").toString(),
            dir.resolve("laptop_seller_utility.xml").toString(),
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"outcomes\" : 27");
  }

  @Test
  void import_writesAScenarioThatValidates(@TempDir Path dir) {
    Path anac = SharedData.resolve("data/anac/anac2020-Party");
    Path out = dir.resolve("party.yaml");
    Run r =
        run(
            "import",
            anac.resolve("party.json").toString(),
            anac.resolve("party1.json").toString(),
            anac.resolve("party2.json").toString(),
            "-o",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(run("validate", out.toString()).exit()).isZero();
  }

  @Test
  void import_intoAMissingFolder_isAnInputErrorNotACrash(@TempDir Path dir) {
    Path anac = SharedData.resolve("data/anac/anac2020-Party");
    Run r =
        run(
            "import",
            anac.resolve("party.json").toString(),
            anac.resolve("party1.json").toString(),
            anac.resolve("party2.json").toString(),
            "-o",
            dir.resolve("no/such/folder/party.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("parley import: error: cannot write")
        .contains("there is no such file or folder")
        .contains("hint:")
        .doesNotContain("internal error");
  }

  @Test
  void scenarioWithoutProfiles_isAnInputErrorForEveryAnalysis(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("actors-only.yaml");
    Files.writeString(
        file,
        """
        parley: 2
        scenario: {id: t, title: T}
        actors:
          - {id: a, name: A, kind: state}
        issues:
          - id: x
            name: X
            options:
              - {id: lo, position: 0}
              - {id: hi, position: 100}
        """,
        StandardCharsets.UTF_8);
    assertThat(run("validate", file.toString()).exit()).isZero();
    for (String command : List.of("analyze", "forecast", "simulate", "uncertainty")) {
      Run r = run(command, file.toString());
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).contains("profile").doesNotContain("internal error");
    }
    // one party has nobody to bargain with: the models that need two say so
    Path one = dir.resolve("one-party.yaml");
    Files.writeString(
        one,
        Files.readString(file, StandardCharsets.UTF_8)
            + "profiles:\n  - actor: a\n    stances:\n      x: {ideal: 0, salience: 1}\n",
        StandardCharsets.UTF_8);
    assertThat(run("validate", one.toString()).exit()).isZero();
    for (String command : List.of("forecast", "simulate", "uncertainty")) {
      Run r = run(command, one.toString());
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err())
          .as(command)
          .containsPattern("at least (2|two) actors")
          .doesNotContain("internal error");
    }
  }

  @Test
  void missingFile_isAnInputErrorNotACrash(@TempDir Path dir) {
    Run r = run("analyze", dir.resolve("nowhere.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere.yaml").doesNotContain("\tat ");
  }
}
