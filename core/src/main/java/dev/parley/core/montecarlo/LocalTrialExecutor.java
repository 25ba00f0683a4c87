package dev.parley.core.montecarlo;

import dev.parley.core.spi.TrialExecutor;
import dev.parley.core.spi.TrialWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs trials on this machine: inline on the calling thread, or on a {@link ForkJoinPool} of a
 * fixed number of threads that take chunks of {@value #CHUNK} consecutive trials from a shared
 * counter until none are left.
 *
 * <p>Which thread runs which trial varies from run to run; the results do not, because every trial
 * writes only its own slot (see {@link TrialExecutor}). Close the executor to stop its threads.
 */
public final class LocalTrialExecutor implements TrialExecutor, AutoCloseable {
  /** The number of consecutive trials a thread takes at a time. */
  public static final int CHUNK = 64;

  private final int threads;
  private final @Nullable ForkJoinPool pool;

  /**
   * Creates an executor with the given number of threads.
   *
   * @throws IllegalArgumentException unless {@code threads ≥ 1}
   */
  public LocalTrialExecutor(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("expected at least 1 thread, but found " + threads);
    }
    this.threads = threads;
    this.pool = threads == 1 ? null : new ForkJoinPool(threads);
  }

  /** Returns an executor that runs every trial on the calling thread. */
  public static LocalTrialExecutor sequential() {
    return new LocalTrialExecutor(1);
  }

  @Override
  public int parallelism() {
    return threads;
  }

  @Override
  public void execute(
      int count, int width, Supplier<? extends TrialWorker> workers, double[] results) {
    if (count < 0 || width < 0 || results.length < (long) count * width) {
      throw new IllegalArgumentException(
          "expected room for " + count + " × " + width + " results, but found " + results.length);
    }
    ForkJoinPool p = pool;
    if (p == null || count <= CHUNK) {
      TrialWorker worker = workers.get();
      for (int i = 0; i < count; i++) {
        worker.run(i, results, i * width);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(
          p.submit(
              () -> {
                TrialWorker worker = workers.get();
                for (int start = next.getAndAdd(CHUNK);
                    start < count;
                    start = next.getAndAdd(CHUNK)) {
                  int end = Math.min(count, start + CHUNK);
                  for (int i = start; i < end; i++) {
                    worker.run(i, results, i * width);
                  }
                }
              }));
    }
    RuntimeException failure = null;
    for (ForkJoinTask<?> task : tasks) {
      try {
        task.join();
      } catch (RuntimeException e) {
        // stop the others from taking more trials, and report the first failure after all stop
        next.set(count);
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
