package dev.parley.cli.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.cli.Surroundings;
import dev.parley.testkit.ProjectFiles;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: {@code uncertainty} on 30 issues × 10 options × 6 parties would have run for 8-14 hours
 * without a word. A run estimated to take more than a minute now says how long before it starts,
 * shows its progress with the total and the time left, and stops cleanly on Ctrl-C (exit 130, the
 * work done reported, no stack trace). The clock and the interrupt are the test's own ({@link
 * Surroundings}), so nothing here depends on the machine's speed.
 */
class Issue12LongRunTest {
  private static final String HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml").toString();

  @TempDir Path dir;

  /** A clock that moves on by {@code step} seconds each time it is read. */
  private static java.util.function.LongSupplier clock(double step) {
    AtomicLong now = new AtomicLong();
    return () -> now.addAndGet((long) (step * 1e9));
  }

  /** Interrupts that the test fires itself: the action the command registered. */
  private static final class Interrupts {
    final AtomicReference<Runnable> action = new AtomicReference<>();
    boolean unregistered;

    Runnable register(Runnable a) {
      action.set(a);
      return () -> unregistered = true;
    }

    /** Fires the interrupt on its own thread, as the JVM runs a shutdown hook. */
    void fire() {
      Thread t = new Thread(action.get(), "test-interrupt");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Standard error that fires the interrupt once a given text has been written to it. */
  private static final class ErrWatch extends StringWriter {
    private final String trigger;
    private final Interrupts interrupts;
    private boolean fired;

    ErrWatch(String trigger, Interrupts interrupts) {
      this.trigger = trigger;
      this.interrupts = interrupts;
    }

    @Override
    public void write(String str, int off, int len) {
      super.write(str, off, len);
      check();
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      super.write(cbuf, off, len);
      check();
    }

    @Override
    public void write(int c) {
      super.write(c);
      check();
    }

    private synchronized void check() {
      if (!fired && trigger != null && toString().contains(trigger)) {
        fired = true;
        interrupts.fire();
      }
    }
  }

  /** Writes a scenario of 30 issues × 10 options × 6 parties, with uncertain capabilities. */
  private Path large() throws Exception {
    StringBuilder y = new StringBuilder();
    y.append("parley: 2\nscenario: {id: large, title: Large, as_of: 2026-01-01}\n");
    y.append("actors:\n");
    for (int a = 0; a < 6; a++) {
      y.append("  - {id: a").append(a).append(", name: A").append(a).append(", kind: state}\n");
    }
    y.append("issues:\n");
    for (int i = 0; i < 30; i++) {
      y.append("  - id: i").append(i).append("\n    name: I").append(i).append("\n    options:\n");
      for (int o = 0; o < 10; o++) {
        y.append(
            String.format(
                Locale.ROOT, "      - {id: o%d, label: O%d, position: %d}%n", o, o, o * 11));
      }
    }
    y.append("profiles:\n");
    for (int a = 0; a < 6; a++) {
      y.append("  - actor: a").append(a).append('\n');
      y.append("    capability: {range: [0.5, 1.5]}\n    reservation: 0.2\n    patience: 0.9\n");
      y.append("    stances:\n");
      for (int i = 0; i < 30; i++) {
        y.append(
            String.format(
                Locale.ROOT,
                "      i%d: {ideal: %d, salience: 0.0333}%n",
                i,
                (a * 17 + i * 7) % 100));
      }
    }
    Path file = dir.resolve("large.yaml");
    Files.writeString(file, y.toString(), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aLargeScenario_saysHowLongItWillTakeBeforeItStarts_andCtrlCStopsIt() throws Exception {
    Interrupts interrupts = new Interrupts();
    ErrWatch err = new ErrWatch("this will take about", interrupts);
    // each read of the clock is a second later: the first trial seems to take a second
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            new Surroundings(clock(1), interrupts::register),
            err,
            "uncertainty",
            large().toString(),
            "--threads",
            "1");
    assertThat(r.err())
        .containsPattern(
            "parley uncertainty: this will take about \\d+ h \\d+ min \\(10,000 trials,"
                + " estimated from the time of the first ones\\); Ctrl-C stops it")
        .containsPattern(
            "parley uncertainty: stopped after [\\d,]+ of 10,000 trials \\(interrupted\\)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.exit()).isEqualTo(130);
    assertThat(r.out()).isEmpty();
    assertThat(interrupts.unregistered).isTrue();
  }

  @Test
  void aLongRun_showsItsProgressWithTheTotalAndTheTimeLeft_andFinishes() {
    Interrupts interrupts = new Interrupts();
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            new Surroundings(clock(2), interrupts::register),
            new StringWriter(),
            "uncertainty",
            HARBOUR,
            "--trials",
            "100",
            "--threads",
            "1");
    assertThat(r.exit()).as(r.err()).isZero();
    // 100 trials for the baseline and each of the two levers
    assertThat(r.err())
        .contains("parley uncertainty: this will take about")
        .contains("(300 trials, estimated")
        .containsPattern("parley uncertainty: 10% \\(30 of 300 trials\\), about .* left")
        .contains("parley uncertainty: 100% (300 of 300 trials)");
    assertThat(r.err().lines().filter(l -> l.matches("parley uncertainty: \\d+% .*")).count())
        .isEqualTo(10);
    assertThat(r.out()).contains("300 trials per variant".replace("300", "100"));
    assertThat(interrupts.unregistered).isTrue();
  }

  @Test
  void aShortRun_saysNothingBeforeItStarts() {
    // the system clock: the harbour scenario's trials take far less than a minute
    ParleyCommandTest.Run r = ParleyCommandTest.run("uncertainty", HARBOUR, "--trials", "50");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("this will take about").doesNotContain("% (");
  }

  @Test
  void simulate_manyRuns_saysHowLong_andCtrlCStopsIt() {
    Interrupts interrupts = new Interrupts();
    ErrWatch err = new ErrWatch("this will take about", interrupts);
    ParleyCommandTest.Run r =
        ParleyCommandTest.run(
            new Surroundings(clock(1), interrupts::register),
            err,
            "simulate",
            HARBOUR,
            "--runs",
            "2000",
            "--threads",
            "2");
    assertThat(r.err())
        .contains("parley simulate: this will take about")
        .contains("(6,000 runs, estimated")
        .containsPattern("parley simulate: stopped after [\\d,]+ of 6,000 runs \\(interrupted\\)")
        .doesNotContain("\tat ");
    assertThat(r.exit()).isEqualTo(130);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theResults_doNotDependOnTheClockOrTheEstimate() {
    String slow =
        ParleyCommandTest.run(
                new Surroundings(clock(5), a -> () -> {}),
                new StringWriter(),
                "uncertainty",
                HARBOUR,
                "--trials",
                "200",
                "--format",
                "json")
            .out();
    String fast =
        ParleyCommandTest.run("uncertainty", HARBOUR, "--trials", "200", "--format", "json").out();
    assertThat(slow).isNotEmpty().isEqualTo(fast);
  }
}
