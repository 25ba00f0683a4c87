package dev.parley.app;

/**
 * A run stopped at the user's request ({@link RunProgress#stop()}), before it finished; it gives no
 * report.
 */
public final class RunStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long done;
  private final long total;
  private final String unit;

  /**
   * Creates the exception.
   *
   * @param done the units of work finished when the run stopped
   * @param total the units of work of the whole run
   * @param unit what a unit is, in the plural
   */
  public RunStoppedException(long done, long total, String unit) {
    super("stopped after " + done + " of " + total + " " + unit);
    this.done = done;
    this.total = total;
    this.unit = unit;
  }

  /** Returns the units of work finished when the run stopped. */
  public long done() {
    return done;
  }

  /** Returns the units of work of the whole run. */
  public long total() {
    return total;
  }

  /** Returns what a unit is, in the plural. */
  public String unit() {
    return unit;
  }
}
