package dev.parley.app;

import dev.parley.core.spi.TrialExecutor;
import dev.parley.core.spi.TrialWorker;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A trial executor that counts every trial into a {@link RunProgress} and stops when asked: each
 * trial first checks for a stop request, then runs on the executor it wraps, then counts. Which
 * trials run, and what they write, are the wrapped executor's, so results do not change.
 */
final class MeteredTrialExecutor implements TrialExecutor {
  private final TrialExecutor delegate;
  private final RunProgress progress;

  MeteredTrialExecutor(TrialExecutor delegate, RunProgress progress) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  @Override
  public int parallelism() {
    return delegate.parallelism();
  }

  @Override
  public void execute(
      int count, int width, Supplier<? extends TrialWorker> workers, double[] results) {
    delegate.execute(
        count,
        width,
        () -> {
          TrialWorker worker = workers.get();
          return (trial, out, offset) -> {
            progress.checkStopped();
            worker.run(trial, out, offset);
            progress.advance();
          };
        },
        results);
  }
}
