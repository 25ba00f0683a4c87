package dev.parley.core.bargain;

/**
 * Utilities as exact integers: {@code rint(u · 10^12)}, rounding half to even.
 *
 * <p>Bargaining analyses compare utilities only through ticks, so two utilities within half a tick
 * are equal. Summing the same weighted evaluations in a different order changes a double by about
 * 10<sup>-16</sup>; ticks absorb that, and a tick is far finer than any difference real preference
 * data expresses.
 */
public final class Ticks {
  /** The size of one tick in utility units. */
  public static final double TICK = 1e-12;

  private static final double SCALE = 1e12;

  private Ticks() {}

  /** Returns the tick of a utility. */
  public static long of(double utility) {
    return (long) Math.rint(utility * SCALE);
  }

  /** Returns the utility a tick stands for. */
  public static double toUtility(long tick) {
    return tick / SCALE;
  }
}
