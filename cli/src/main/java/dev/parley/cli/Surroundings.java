package dev.parley.cli;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What the commands take from the machine they run on: the clock that times long runs, and how an
 * interrupt (Ctrl-C) reaches them. Tests pass their own to {@link ParleyCommand#commandLine(
 * Surroundings)}.
 *
 * @param nanoTime the clock, in nanoseconds, as {@link System#nanoTime()}
 * @param onInterrupt registers an action to run when the user interrupts the process, and returns
 *     what unregisters it
 */
public record Surroundings(LongSupplier nanoTime, Function<Runnable, Runnable> onInterrupt) {
  /** Validates the fields. */
  public Surroundings {
    Objects.requireNonNull(nanoTime, "nanoTime");
    Objects.requireNonNull(onInterrupt, "onInterrupt");
  }

  /**
   * Returns the machine's own: {@link System#nanoTime()}, and a shutdown hook for the interrupt
   * (the JVM runs shutdown hooks on SIGINT, then exits with status 130).
   */
  public static Surroundings system() {
    return new Surroundings(System::nanoTime, Surroundings::shutdownHook);
  }

  private static Runnable shutdownHook(Runnable action) {
    Thread hook = new Thread(action, "parley-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing to remove
      }
    };
  }
}
