package dev.parley.core.spi;

import java.util.function.Supplier;

/**
 * Runs a batch of independent, numbered trials, each writing its outputs to its own slot of a
 * shared array.
 *
 * <p>Trial {@code i} must write exactly {@code results[i·width, (i+1)·width)} and nothing else, and
 * its outputs must depend only on {@code i} and what the worker was built from, never on which
 * worker ran it or in what order. An executor may then run trials in any order, on any number of
 * threads or machines, and the results are the same bit for bit. Implementations: {@code
 * dev.parley.core.montecarlo.LocalTrialExecutor}; a cluster executor ships the worker supplier to
 * its nodes and copies each node's slots back.
 */
public interface TrialExecutor {
  /** Returns how many trials this executor runs at once. */
  int parallelism();

  /**
   * Runs trials {@code 0 … count − 1}, each once, and returns when all are done.
   *
   * @param width the number of outputs per trial
   * @param workers makes one worker per thread; a worker is used by one thread at a time
   * @param results at least {@code count · width} long; trial i writes from {@code i · width}
   * @throws RuntimeException whatever a trial threw, after the other threads have stopped
   */
  void execute(int count, int width, Supplier<? extends TrialWorker> workers, double[] results);
}
