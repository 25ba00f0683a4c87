package dev.parley.app;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The progress of a long run: how many units of work it has (Monte Carlo trials, simulated runs),
 * how long they should take, how many are done, and a request to stop it.
 *
 * <p>Before it starts, a run times a few units of its work on one thread and extrapolates: {@code
 * seconds per unit × units / threads}. The estimate only informs the user; the units timed are
 * thrown away, so results never depend on it. A stop request makes the next unit any thread begins
 * throw {@link RunStoppedException}; the units already done are counted.
 *
 * <p>Thread-safe: units finish on worker threads, which advance the count and call the listener.
 */
public final class RunProgress {
  /** An estimate above this many seconds is said before the run starts. */
  public static final double NOTICE_SECONDS = 60;

  /** How long the units timed for the estimate may take together, in seconds. */
  static final double CALIBRATION_SECONDS = 0.25;

  /** How many units at most are timed for the estimate. */
  static final int CALIBRATION_UNITS = 16;

  /** Hears of a run's progress; called from worker threads, so implementations synchronise. */
  public interface Listener {
    /** The run is about to start: its total and estimate are known. */
    void starting(RunProgress progress);

    /**
     * {@code done} units have finished; called about a thousand times per run at most, and with
     * {@code done} equal to the total at the end.
     */
    void advanced(RunProgress progress, long done);
  }

  private static final Listener SILENT =
      new Listener() {
        @Override
        public void starting(RunProgress progress) {}

        @Override
        public void advanced(RunProgress progress, long done) {}
      };

  private final LongSupplier nanoTime;
  private final Listener listener;
  private final boolean watched;
  private final AtomicLong done = new AtomicLong();
  private volatile long total;
  private volatile long step = 1;
  private volatile String unit = "trials";
  private volatile double estimatedSeconds = Double.NaN;
  private volatile long startedAt;
  private volatile boolean stopRequested;

  /**
   * Creates the progress of a run.
   *
   * @param nanoTime the clock, in nanoseconds, as {@link System#nanoTime()}
   */
  public RunProgress(LongSupplier nanoTime, Listener listener) {
    this(nanoTime, listener, true);
  }

  private RunProgress(LongSupplier nanoTime, Listener listener, boolean watched) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.watched = watched;
  }

  /** Returns a progress nobody watches, on the system clock: it makes no estimate. */
  public static RunProgress silent() {
    return new RunProgress(System::nanoTime, SILENT, false);
  }

  /** Returns the units of work of the run; 0 before it starts. */
  public long total() {
    return total;
  }

  /** Returns how many units are done. */
  public long done() {
    return done.get();
  }

  /** Returns what a unit is, in the plural: "trials" or "runs". */
  public String unit() {
    return unit;
  }

  /**
   * Returns the estimated duration of the run in seconds; NaN before it starts, or when no estimate
   * was made.
   */
  public double estimatedSeconds() {
    return estimatedSeconds;
  }

  /** Returns the seconds since the run started, by this progress's clock. */
  public double elapsedSeconds() {
    return (nanoTime.getAsLong() - startedAt) / 1e9;
  }

  /** Asks the run to stop: the next unit any thread begins throws {@link RunStoppedException}. */
  public void stop() {
    stopRequested = true;
  }

  /** Returns whether a stop was asked for. */
  public boolean isStopped() {
    return stopRequested;
  }

  /**
   * Times units of work on this thread until {@value #CALIBRATION_UNITS} are done or {@value
   * #CALIBRATION_SECONDS} seconds have passed (at least two units either way), and returns the
   * seconds of the fastest: the first units pay for loading classes and for running the code before
   * it is compiled, which the run does not pay again, so their mean overstates the run many times
   * over (a run of 2 minutes was once announced as 3 hours). NaN, without timing any, when nobody
   * watches or the run has no more units than would be timed (timing them would cost as much as the
   * run).
   *
   * @param runUnits the units of work of the run
   */
  double secondsPerUnit(Runnable oneUnit, long runUnits) {
    if (!watched || runUnits <= CALIBRATION_UNITS) {
      return Double.NaN;
    }
    long start = nanoTime.getAsLong();
    long before = start;
    long fastest = Long.MAX_VALUE;
    int units = 0;
    long elapsed;
    do {
      checkStopped();
      oneUnit.run();
      units++;
      long after = nanoTime.getAsLong();
      fastest = Math.min(fastest, Math.max(0, after - before));
      before = after;
      elapsed = after - start;
    } while (units < 2 || (units < CALIBRATION_UNITS && elapsed < CALIBRATION_SECONDS * 1e9));
    return fastest / 1e9;
  }

  /**
   * Starts the run: records its size and estimate and tells the listener.
   *
   * @param units the units of work
   * @param unitName what a unit is, in the plural
   * @param seconds the estimated duration
   */
  void start(long units, String unitName, double seconds) {
    this.total = units;
    this.unit = unitName;
    this.step = Math.max(1, units / 1000);
    this.estimatedSeconds = seconds;
    this.startedAt = nanoTime.getAsLong();
    listener.starting(this);
  }

  /** Throws if a stop was asked for. */
  void checkStopped() {
    if (stopRequested) {
      throw new RunStoppedException(done.get(), total, unit);
    }
  }

  /** Counts one unit as done. */
  void advance() {
    long now = done.incrementAndGet();
    if (now % step == 0 || now == total) {
      listener.advanced(this, now);
    }
  }
}
