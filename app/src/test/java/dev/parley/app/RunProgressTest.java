package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.montecarlo.LocalTrialExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The estimate, the count and the stop of a long run, on a clock the test moves. */
class RunProgressTest {
  /** A clock that moves on by {@code step} seconds each time it is read. */
  private static java.util.function.LongSupplier clock(double step) {
    AtomicLong now = new AtomicLong();
    return () -> now.addAndGet((long) (step * 1e9));
  }

  private static final class Heard implements RunProgress.Listener {
    final List<Long> advanced = new ArrayList<>();
    int starts;

    @Override
    public void starting(RunProgress progress) {
      starts++;
    }

    @Override
    public synchronized void advanced(RunProgress progress, long done) {
      advanced.add(done);
    }
  }

  @Test
  void theEstimate_timesAFewUnits_andExtrapolates() {
    AtomicInteger timed = new AtomicInteger();
    RunProgress p = new RunProgress(clock(0.1), new Heard());
    // 0.1 s per read: three units reach the quarter second
    double perUnit = p.secondsPerUnit(timed::incrementAndGet, 1000);
    assertThat(timed.get()).isEqualTo(3);
    assertThat(perUnit).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theEstimate_restsOnTheFastestUnit_notOnTheColdFirstOne() {
    // the first unit takes 2 s (class loading, interpreter), the next ones 0.01 s each
    long[] reads = {0, 2_000_000_000L};
    AtomicInteger read = new AtomicInteger();
    java.util.function.LongSupplier clock =
        () -> {
          int r = read.getAndIncrement();
          return r < reads.length ? reads[r] : reads[1] + (r - 1) * 10_000_000L;
        };
    AtomicInteger timed = new AtomicInteger();
    double perUnit =
        new RunProgress(clock, new Heard()).secondsPerUnit(timed::incrementAndGet, 1000);
    assertThat(timed.get()).isEqualTo(2);
    assertThat(perUnit).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aSmallRun_orASilentOne_isNotTimed() {
    AtomicInteger timed = new AtomicInteger();
    assertThat(new RunProgress(clock(1), new Heard()).secondsPerUnit(timed::incrementAndGet, 16))
        .isNaN();
    assertThat(RunProgress.silent().secondsPerUnit(timed::incrementAndGet, 1_000_000)).isNaN();
    assertThat(timed.get()).isZero();
  }

  @Test
  void everyTrial_isCounted_andTheResultsAreTheWrappedExecutors() {
    Heard heard = new Heard();
    RunProgress p = new RunProgress(clock(1), heard);
    p.start(5000, "trials", 10);
    double[] metered = new double[5000];
    double[] plain = new double[5000];
    try (LocalTrialExecutor local = new LocalTrialExecutor(2)) {
      new MeteredTrialExecutor(local, p)
          .execute(5000, 1, () -> (trial, out, offset) -> out[offset] = trial * 0.5, metered);
      local.execute(5000, 1, () -> (trial, out, offset) -> out[offset] = trial * 0.5, plain);
    }
    assertThat(metered).containsExactly(plain);
    assertThat(p.done()).isEqualTo(5000);
    assertThat(heard.starts).isEqualTo(1);
    assertThat(heard.advanced).contains(5000L).hasSizeLessThanOrEqualTo(1001);
  }

  @Test
  void aStop_endsTheRunWithTheUnitsDone() {
    RunProgress p = new RunProgress(clock(1), new Heard());
    p.start(1000, "trials", 10);
    double[] results = new double[1000];
    assertThatThrownBy(
            () ->
                new MeteredTrialExecutor(LocalTrialExecutor.sequential(), p)
                    .execute(
                        1000,
                        1,
                        () ->
                            (trial, out, offset) -> {
                              if (trial == 99) {
                                p.stop();
                              }
                            },
                        results))
        .isInstanceOfSatisfying(
            RunStoppedException.class,
            e -> {
              assertThat(e.done()).isEqualTo(100);
              assertThat(e.total()).isEqualTo(1000);
              assertThat(e.unit()).isEqualTo("trials");
            });
  }
}
