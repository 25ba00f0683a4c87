package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.cli.Surroundings;
import dev.parley.testkit.ProjectFiles;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: memory followed the host's default heap, and running out of it ended a command with a
 * raw {@code OutOfMemoryError} stack trace. Running out of memory anywhere in a command is now a
 * clean error that names the heap limit and how to raise it: exit code 1, the stack trace only with
 * {@code --verbose}.
 */
class Issue12OutOfMemoryTest {
  private static final String HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString();

  /** Surroundings whose clock runs out of memory: an error thrown deep inside the command. */
  private static Surroundings outOfMemory() {
    return new Surroundings(
        () -> {
          throw new OutOfMemoryError("Java heap space");
        },
        a -> () -> {});
  }

  private static String limit() {
    double mb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024);
    return mb < 1024
        ? String.format(java.util.Locale.ROOT, "%.0f MB", mb)
        : String.format(java.util.Locale.ROOT, "%.1f GB", mb / 1024);
  }

  @Test
  void outOfMemoryInACommand_isACleanErrorNamingTheLimit() {
    for (String command : List.of("uncertainty", "simulate")) {
      ParleyCommandTest.Run r =
          ParleyCommandTest.run(outOfMemory(), new StringWriter(), command, HARBOUR);
      assertThat(r.exit()).as(command).isEqualTo(1);
      assertThat(r.err().lines().toList())
          .as(command)
          .hasSize(2)
          .satisfies(
              lines -> {
                assertThat(lines.get(0))
                    .isEqualTo(
                        "parley "
                            + command
                            + ": error: out of memory: the work needs more than the "
                            + limit()
                            + " of memory Parley may use (the Java heap limit)");
                assertThat(lines.get(1))
                    .startsWith("    hint: raise the limit, as in PARLEY_HEAP=");
              });
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void theStackTrace_isShownOnlyWithVerbose() {
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            outOfMemory(), new StringWriter(), "uncertainty", HARBOUR, "--verbose");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("out of memory")
        .contains("java.lang.OutOfMemoryError")
        .contains("\tat ");
  }

  @Test
  void aSmallHeap_endsInACleanError_inAFreshProcess() throws Exception {
    // a JVM of 48 MB asked for a million trials: the trial outputs alone need several hundred MB
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.parley.cli.ParleyCommand",
                "uncertainty",
                HARBOUR,
                "--trials",
                "1000000",
                "--no-levers",
                "--models",
                "compromise",
                "--threads",
                "1")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err)
        .contains("parley uncertainty: error: out of memory: the work needs more than the ")
        .contains(" MB of memory Parley may use (the Java heap limit)")
        .contains("PARLEY_HEAP=")
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread");
  }
}
