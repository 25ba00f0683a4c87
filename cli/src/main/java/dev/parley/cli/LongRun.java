package dev.parley.cli;

import dev.parley.app.RunProgress;
import dev.parley.app.RunStoppedException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A run of trials or simulated runs on the command line: when its estimate exceeds a minute, how
 * long it will take is said on standard error before it starts; its progress is shown with the
 * total and the time left (a bar on a terminal; otherwise, for a long run, a line at every tenth);
 * and an interrupt (Ctrl-C) stops it cleanly, with the work done reported and exit code 130.
 *
 * <p>On an interrupt the JVM runs its shutdown hooks and then exits with status 130. The hook asks
 * the run to stop and waits (at most {@value #REPORT_WAIT_SECONDS} s) until the command has said
 * so, so that the message is printed before the process ends.
 */
final class LongRun implements AutoCloseable, RunProgress.Listener {
  /** How long the interrupt waits for the command to report that it stopped. */
  static final int REPORT_WAIT_SECONDS = 10;

  private final String command;
  private final PrintWriter err;
  private final RunProgress progress;
  private final Runnable unregister;
  private final CountDownLatch reported = new CountDownLatch(1);
  private @Nullable Progress bar;
  private boolean announced;
  private long shownTenths;

  private LongRun(String command, PrintWriter err, Surroundings surroundings) {
    this.command = command;
    this.err = err;
    this.progress = new RunProgress(surroundings.nanoTime(), this);
    this.unregister = surroundings.onInterrupt().apply(this::interrupt);
  }

  /**
   * Starts watching a run of the named command; close it when the command has reported.
   *
   * @param command the command's name, as {@code parley uncertainty}
   */
  static LongRun start(String command, PrintWriter err, Surroundings surroundings) {
    return new LongRun(command, err, surroundings);
  }

  /** Returns the progress to give the run. */
  RunProgress progress() {
    return progress;
  }

  /** Reports that the run stopped at the user's request and returns the exit code, 130. */
  int stopped(RunStoppedException e) {
    synchronized (this) {
      closeBar();
      err.println(
          command
              + ": stopped after "
              + Limits.format(e.done())
              + " of "
              + Limits.format(e.total())
              + " "
              + e.unit()
              + " (interrupted); no report was written");
      err.flush();
    }
    return ExitCodes.INTERRUPTED;
  }

  @Override
  public synchronized void starting(RunProgress p) {
    double seconds = p.estimatedSeconds();
    announced = seconds > RunProgress.NOTICE_SECONDS;
    if (announced) {
      err.println(
          command
              + ": this will take about "
              + duration(seconds)
              + " ("
              + Limits.format(p.total())
              + " "
              + p.unit()
              + ", estimated from the time of the first ones); Ctrl-C stops it");
      err.flush();
    }
    bar = Progress.start(err, command.substring(command.indexOf(' ') + 1), p.total());
  }

  @Override
  public synchronized void advanced(RunProgress p, long done) {
    if (bar != null && bar.isShown()) {
      bar.stepTo(done);
      return;
    }
    if (!announced || p.total() == 0) {
      return;
    }
    long tenths = done * 10 / p.total();
    if (tenths <= shownTenths) {
      return;
    }
    shownTenths = tenths;
    double elapsed = p.elapsedSeconds();
    err.println(
        command
            + ": "
            + tenths * 10
            + "% ("
            + Limits.format(done)
            + " of "
            + Limits.format(p.total())
            + " "
            + p.unit()
            + ")"
            + (done < p.total() && elapsed > 0
                ? ", about " + duration(elapsed * (p.total() - done) / done) + " left"
                : ""));
    err.flush();
  }

  private void interrupt() {
    progress.stop();
    try {
      reported.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closeBar();
    }
    unregister.run();
    reported.countDown();
  }

  /** Returns a duration for people: {@code 45 s}, {@code 3 min 20 s}, {@code 8 h 20 min}. */
  static String duration(double seconds) {
    if (!(seconds < 1e12)) {
      return "forever";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
    }
    if (s < 86_400) {
      return String.format(Locale.ROOT, "%d h %d min", s / 3600, s % 3600 / 60);
    }
    return String.format(Locale.ROOT, "%,d d %d h", s / 86_400, s % 86_400 / 3600);
  }
}
