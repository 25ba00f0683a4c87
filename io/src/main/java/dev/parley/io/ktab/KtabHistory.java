package dev.parley.io.ktab;

import dev.parley.core.forecast.smp.SmpRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a run's histories in the layout of KTAB's log, so that they can be compared with KTAB's
 * own line by line: "History of actor positions over time", one line per actor and dimension
 * ({@code NAME, DIMENSION:} then each state's position with one decimal, right-aligned in five
 * characters), and "History of actors' winning probabilities", one line per actor ({@code NAME,
 * prob :} then each state's probability with four decimals).
 *
 * <p>Numbers are rounded as C's {@code printf} rounds them: the exact binary value, half to even.
 */
public final class KtabHistory {
  private KtabHistory() {}

  /** Returns the position history block, its title line first, each line ending in a newline. */
  public static String positions(List<String> actors, List<String> dimensions, SmpRun run) {
    StringBuilder out = new StringBuilder("History of actor positions over time:\n");
    for (int i = 0; i < actors.size(); i++) {
      for (int k = 0; k < dimensions.size(); k++) {
        out.append(actors.get(i)).append(", ").append(dimensions.get(k)).append(':');
        for (int t = 0; t < run.stateCount(); t++) {
          out.append(' ').append(pad(fixed(run.position(t, i, k), 1), 5));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Returns the probability history block, its title line first. */
  public static String probabilities(List<String> actors, SmpRun run) {
    StringBuilder out = new StringBuilder("History of actors' winning probabilities:\n");
    for (int i = 0; i < actors.size(); i++) {
      out.append(actors.get(i)).append(", prob :");
      for (int t = 0; t < run.stateCount(); t++) {
        out.append(' ').append(fixed(run.probability(t, i), 4));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Returns the stopping rule's lines, one per turn, as KTAB prints them. */
  public static String movement(SmpRun run) {
    StringBuilder out = new StringBuilder();
    for (int t = 1; t <= run.turns(); t++) {
      out.append("Fractional change compared to first step: ")
          .append(fixed(run.movementRatio(t), 4))
          .append("  (target=")
          .append(fixed(run.parameters().stopRatio(), 4))
          .append(")\n");
    }
    return out.toString();
  }

  /** Formats a number with the given decimals as C's {@code %.Nf} does. */
  static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      return s.startsWith("-") ? s : "-" + s;
    }
    return s;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
