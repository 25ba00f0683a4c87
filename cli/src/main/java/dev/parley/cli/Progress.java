package dev.parley.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on the terminal for long runs; silent when output is not a terminal, so that pipes
 * and tests see only the result.
 */
final class Progress implements AutoCloseable {
  private final @Nullable ProgressBar bar;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  /** Starts an indeterminate bar with the given task name, if standard error is a terminal. */
  static Progress start(PrintWriter err, String task) {
    if (!isTerminal()) {
      return new Progress(null);
    }
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII)
            .build());
  }

  /**
   * Returns whether the console is an interactive terminal. JDK 22+ has a console even when output
   * is redirected and says so through {@code Console.isTerminal()}, which Java 21 lacks.
   */
  // the check's advice, Console.isTerminal(), is not in the Java 21 API this module compiles
  // against
  @SuppressWarnings("SystemConsoleNull")
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Starts a bar that counts up to a known number of steps, if standard error is a terminal. */
  static Progress start(PrintWriter err, String task, long max) {
    if (!isTerminal()) {
      return new Progress(null);
    }
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setStyle(ProgressBarStyle.ASCII)
            .build());
  }

  /** Sets the number of steps of the bar. */
  void max(long max) {
    if (bar != null) {
      bar.maxHint(max);
    }
  }

  /** Returns whether the bar is shown: standard error is a terminal. */
  boolean isShown() {
    return bar != null;
  }

  /** Moves the bar to the given number of steps. */
  void stepTo(long steps) {
    if (bar != null) {
      bar.stepTo(steps);
    }
  }

  /** Advances the bar by one step. */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
