package dev.parley.report;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.Scenario;
import java.util.Locale;
import java.util.Map;

/** How the report names things: actors, issues, models, concepts, parameters and numbers. */
final class Names {
  private static final Map<String, String> MODELS =
      Map.of(
          "compromise", "weighted compromise",
          "smp", "spatial model of politics (SMP)",
          "eum-scholz", "expected utility model (EUM)",
          "exchange", "exchange model",
          "simulate", "simulated talks");

  private static final Map<String, String> CONCEPTS =
      Map.of(
          "nash", "Nash",
          "ks", "Kalai–Smorodinsky",
          "ks_gap", "Kalai–Smorodinsky (gap)",
          "kalai", "egalitarian (Kalai)",
          "kalai_gap", "egalitarian (gap)",
          "max_welfare", "maximum welfare",
          "equal_utility", "equal utility");

  private final Scenario scenario;

  Names(Scenario scenario) {
    this.scenario = scenario;
  }

  String actor(ActorId id) {
    return scenario.actor(id).map(Actor::name).orElse(id.value());
  }

  String party(String id) {
    return actor(ActorId.of(id));
  }

  String issue(String id) {
    return scenario.issue(IssueId.of(id)).map(Issue::name).orElse(id);
  }

  /**
   * Returns a parameter's path ({@code profiles/russia/stances/donetsk/ideal}) in words ("Russia:
   * ideal on Donetsk").
   */
  String parameter(String path) {
    String[] p = path.split("/", -1);
    if (p.length >= 3 && p[0].equals("profiles")) {
      String who = party(p[1]);
      if (p.length == 3) {
        return who + ": " + what(p[2]);
      }
      if (p.length == 5 && p[2].equals("stances")) {
        return who + ": " + what(p[4]) + " on " + issue(p[3]);
      }
      if (p.length == 6 && p[2].equals("stances")) {
        return who + ": " + what(p[4]) + " of " + p[5] + " on " + issue(p[3]);
      }
    }
    return path;
  }

  private static String what(String field) {
    return switch (field) {
      case "reservation" -> "walk-away value";
      case "salience" -> "salience";
      case "ideal" -> "ideal position";
      case "capability" -> "capability";
      case "patience" -> "patience";
      case "utilities" -> "utility";
      default -> field;
    };
  }

  static String model(String name) {
    return MODELS.getOrDefault(name, name);
  }

  static String concept(String name) {
    return CONCEPTS.getOrDefault(name, name);
  }

  /** Cuts a label to at most {@code max} characters, ending it with an ellipsis. */
  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String number(double x, int digits) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%,." + digits + "f", x);
    return s.equals("-0") || s.matches("-0\\.0+") ? s.substring(1) : s;
  }

  static String number(long x) {
    return String.format(Locale.ROOT, "%,d", x);
  }

  static String signed(double x, int digits) {
    String s = number(x, digits);
    return x > 0 && !s.matches("0(\\.0+)?") ? "+" + s : s;
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : number(100 * share, 1) + "%";
  }
}
