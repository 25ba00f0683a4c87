package dev.parley.core.sensitivity;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Lever;
import dev.parley.core.model.LeverEffect;
import dev.parley.core.model.Levers;
import dev.parley.core.model.Scenario;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.core.validate.ScenarioValidator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks that every drift keeps its value in range at every round an analysis can reach: rounds 0
 * to {@link ConcessionAnalysis#MAX_ROUNDS}, from the value as written and from the value each lever
 * gives it (a lever is pulled alone, and the drifts run on the scenario it makes).
 *
 * <p>The ranges are those of the values as written: a reservation in [0, 1], a capability in [0,
 * {@link ScenarioValidator#MAX_CAPABILITY}]. A step (set, add, multiply) is a one-off change, and
 * its result must lie in the range. A trend ({@code per_round}) runs into the end of the range and
 * stays there, as {@link Drift} documents, which is a valid value for a reservation (0 or 1) and
 * for a falling capability (0); a capability trend that would pass {@link
 * ScenarioValidator#MAX_CAPABILITY} is reported. Each diagnostic ({@value
 * ScenarioValidator#DRIFT_RANGE}) names the first round at which the drift leaves the range, and is
 * placed at the drift's amount ({@code profiles/<actor>/drift/<i>/<change>}).
 *
 * <p>Cost: O(R · D · (L + 1)) for R rounds, D drifts and L levers.
 */
public final class DriftValidator {
  private DriftValidator() {}

  /**
   * Returns an error for each drift that leaves its parameter's range at some round; an empty list
   * if none does.
   *
   * @param drifting a scenario without errors ({@link ScenarioValidator#validate}) and its drifts
   */
  public static List<Diagnostic> validate(DriftingScenario drifting) {
    Scenario scenario = drifting.scenario();
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Integer> indexInProfile = new HashMap<>();
    Map<String, List<Located>> chains = new java.util.LinkedHashMap<>();
    for (Drift d : drifting.drifts()) {
      int i = indexInProfile.merge(d.actor().value(), 1, Integer::sum) - 1;
      if (scenario.profile(d.actor()).isEmpty()) {
        continue;
      }
      chains
          .computeIfAbsent(d.actor().value() + "/" + d.parameter(), k -> new ArrayList<>())
          .add(new Located(d, i));
    }
    for (List<Located> chain : chains.values()) {
      Drift first = chain.getFirst().drift();
      boolean[] reported = new boolean[chain.size()];
      check(chain, nominal(scenario, first), null, reported, out);
      for (Lever lever : scenario.levers()) {
        if (changes(lever, first)) {
          Scenario pulled = Levers.apply(scenario, List.of(lever.id()));
          check(chain, nominal(pulled, first), lever, reported, out);
        }
      }
    }
    return List.copyOf(out);
  }

  /** A drift and its index in its profile's {@code drift} list. */
  private record Located(Drift drift, int index) {}

  private static void check(
      List<Located> chain,
      double start,
      @Nullable Lever lever,
      boolean[] reported,
      List<Diagnostic> out) {
    // without a trend, nothing changes after the last step has taken effect
    int last = ConcessionAnalysis.MAX_ROUNDS;
    if (chain.stream().noneMatch(c -> c.drift().change() == Drift.Change.PER_ROUND)) {
      last = Math.min(last, chain.stream().mapToInt(c -> c.drift().fromRound()).max().orElse(0));
    }
    for (int t = 0; t <= last; t++) {
      double x = start;
      for (int k = 0; k < chain.size(); k++) {
        Drift d = chain.get(k).drift();
        double before = x;
        double y = d.apply(x, t);
        // as the concession analysis applies it: clamped after each drift
        x = Math.min(d.max(), Math.max(d.min(), y));
        if (t < d.fromRound() || reported[k]) {
          continue;
        }
        double reached = d.change() == Drift.Change.PER_ROUND ? x : y;
        if (!inRange(d, reached)) {
          reported[k] = true;
          out.add(error(chain.get(k), before, reached, t, lever));
        }
      }
    }
  }

  private static boolean inRange(Drift d, double value) {
    double max =
        d.parameter() == LeverEffect.Parameter.RESERVATION ? 1 : ScenarioValidator.MAX_CAPABILITY;
    return value >= 0 && value <= max;
  }

  private static Diagnostic error(
      Located at, double before, double value, int round, @Nullable Lever lever) {
    Drift d = at.drift();
    String parameter = d.parameter().name().toLowerCase(Locale.ROOT);
    String change = d.change().name().toLowerCase(Locale.ROOT);
    String interval =
        d.parameter() == LeverEffect.Parameter.RESERVATION
            ? "[0, 1]"
            : "[0, " + num(ScenarioValidator.MAX_CAPABILITY) + "]";
    String how =
        switch (d.change()) {
          case PER_ROUND -> num(d.amount()) + " per round from round " + d.fromRound() + " on";
          case SET -> "set to " + num(d.amount()) + " from round " + d.fromRound();
          case ADD -> num(before) + " + " + num(d.amount()) + " from round " + d.fromRound();
          case MULTIPLY -> num(before) + " × " + num(d.amount()) + " from round " + d.fromRound();
        };
    return Diagnostic.error(
        ScenarioValidator.DRIFT_RANGE,
        ModelPath.of("profiles", d.actor().value(), "drift").index(at.index()).child(change),
        "the "
            + parameter
            + " of '"
            + d.actor()
            + "' would be "
            + num(value)
            + " at round "
            + round
            + (lever == null ? "" : " with lever '" + lever.id() + "' pulled")
            + " ("
            + how
            + "), but it must stay within "
            + interval
            + " at every round up to "
            + ConcessionAnalysis.MAX_ROUNDS,
        d.parameter() == LeverEffect.Parameter.RESERVATION
            ? "the reservation is a utility, 0 to 1; a step that passes an end is a mistake (a"
                + " per_round trend stops at 0 or 1 by itself)"
            : "capability is 0 or more and at most "
                + num(ScenarioValidator.MAX_CAPABILITY)
                + "; use a smaller change");
  }

  private static boolean changes(Lever lever, Drift d) {
    for (LeverEffect e : lever.effects()) {
      if (e.actor().equals(d.actor()) && e.parameter() == d.parameter()) {
        return true;
      }
    }
    return false;
  }

  private static double nominal(Scenario scenario, Drift d) {
    ActorProfile p = scenario.profile(d.actor()).orElseThrow();
    return (d.parameter() == LeverEffect.Parameter.RESERVATION ? p.reservation() : p.capability())
        .distribution()
        .nominal();
  }

  /** Returns a number to 12 significant digits: whole numbers without a fraction. */
  private static String num(double x) {
    double r =
        Double.isFinite(x) && x != 0
            ? new BigDecimal(x).round(new MathContext(12)).doubleValue()
            : x;
    if (r == StrictMath.rint(r) && Math.abs(r) < 1e15) {
      return Long.toString((long) r);
    }
    return Double.toString(r);
  }
}
