package dev.parley.core.spi;

/**
 * Runs trials one after another on one thread, reusing its scratch space between them.
 *
 * <p>A worker is not thread-safe; an executor gives each thread its own.
 */
@FunctionalInterface
public interface TrialWorker {
  /** Runs trial {@code trial} and writes its outputs to {@code results[offset, offset + width)}. */
  void run(int trial, double[] results, int offset);
}
