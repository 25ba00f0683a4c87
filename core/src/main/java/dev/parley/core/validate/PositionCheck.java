package dev.parley.core.validate;

import dev.parley.core.bargain.BargainingProblems;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Stance;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stated positions contradict or move a scenario's values: an actor accepting, proposing or
 * demanding an option its own red line forbids or its profile ranks last; rejecting the option its
 * profile ranks first; or declaring a red line its profile does not have. Each finding names the
 * value it bears on, so that the analyst can look at the value and its citations.
 *
 * <p>Only positions on one option of an issue the scenario defines, by an actor that has a profile,
 * can bear on a value; the rest are not findings.
 */
public final class PositionCheck {
  private PositionCheck() {}

  /** What a position does to a value. */
  public enum Kind {
    /** Accepts, proposes or demands an option the actor's own red line forbids. */
    CROSSES_RED_LINE,
    /** Accepts, proposes or demands the option the actor's profile ranks last on the issue. */
    WANTS_LAST,
    /** Rejects the option the actor's profile ranks first on the issue. */
    REJECTS_FIRST,
    /** Declares a red line on an option the actor's profile does not forbid. */
    NEW_RED_LINE;

    /** Returns the kebab-case name used in output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One position that bears on a value.
   *
   * @param kind what it does to the value
   * @param where the value it bears on, such as {@code profiles/russia/red_lines/0} or {@code
   *     profiles/russia/stances/territory}
   * @param claim the position, with its provenance
   * @param message what the position says against the value, in a sentence
   */
  public record Finding(Kind kind, ModelPath where, PositionClaim claim, String message) {
    /** Validates the fields. */
    public Finding {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Returns the findings of the claims against the scenario, in the order of the claims. */
  public static List<Finding> check(Scenario scenario, List<PositionClaim> claims) {
    List<Finding> out = new ArrayList<>();
    for (PositionClaim c : claims) {
      find(scenario, c).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static Optional<Finding> find(Scenario scenario, PositionClaim c) {
    if (c.option() == null) {
      return Optional.empty();
    }
    ActorId actor = c.actor();
    ActorProfile profile =
        scenario.profiles().stream().filter(p -> p.actor().equals(actor)).findFirst().orElse(null);
    Issue issue =
        scenario.issues().stream().filter(i -> i.id().equals(c.issue())).findFirst().orElse(null);
    if (profile == null || issue == null) {
      return Optional.empty();
    }
    IssueOption option =
        issue.options().stream().filter(o -> o.id().equals(c.option())).findFirst().orElse(null);
    if (option == null) {
      return Optional.empty();
    }
    ModelPath at = ModelPath.of("profiles", actor.value());
    String who = actor.value();
    String what = "'" + option.label() + "' on " + issue.id().value();
    boolean wants =
        c.stance() == Stance.ACCEPTS
            || c.stance() == Stance.PROPOSES
            || c.stance() == Stance.DEMANDS;
    if (wants) {
      for (int i = 0; i < profile.redLines().size(); i++) {
        RedLine r = profile.redLines().get(i);
        if (r.issue().equals(issue.id()) && r.forbidden().contains(option.id())) {
          return Optional.of(
              new Finding(
                  Kind.CROSSES_RED_LINE,
                  at.child("red_lines").index(i),
                  c,
                  who + " " + verb(c.stance()) + " " + what + ", which its red line forbids"));
        }
      }
    }
    IssueStance stance = profile.stances().get(issue.id());
    if (stance == null || issue.options().size() < 2) {
      if (c.stance() == Stance.RED_LINE && !forbids(profile, issue, option)) {
        return Optional.of(newRedLine(at, c, who, what));
      }
      return Optional.empty();
    }
    double worth = BargainingProblems.worth(stance, option);
    double best = Double.NEGATIVE_INFINITY;
    double worst = Double.POSITIVE_INFINITY;
    for (IssueOption o : issue.options()) {
      double w = BargainingProblems.worth(stance, o);
      best = Math.max(best, w);
      worst = Math.min(worst, w);
    }
    ModelPath stancePath = at.child("stances", issue.id().value());
    if (wants && worth == worst && worst < best) {
      return Optional.of(
          new Finding(
              Kind.WANTS_LAST,
              stancePath,
              c,
              who + " " + verb(c.stance()) + " " + what + ", the option its profile ranks last"));
    }
    if (c.stance() == Stance.REJECTS && worth == best && worst < best) {
      return Optional.of(
          new Finding(
              Kind.REJECTS_FIRST,
              stancePath,
              c,
              who + " rejects " + what + ", the option its profile ranks first"));
    }
    if (c.stance() == Stance.RED_LINE && !forbids(profile, issue, option)) {
      return Optional.of(newRedLine(at, c, who, what));
    }
    return Optional.empty();
  }

  private static Finding newRedLine(ModelPath at, PositionClaim c, String who, String what) {
    return new Finding(
        Kind.NEW_RED_LINE,
        at.child("red_lines"),
        c,
        who + " rules out " + what + ", which its profile's red lines do not");
  }

  private static boolean forbids(ActorProfile profile, Issue issue, IssueOption option) {
    return profile.redLines().stream()
        .anyMatch(r -> r.issue().equals(issue.id()) && r.forbidden().contains(option.id()));
  }

  private static String verb(Stance stance) {
    return switch (stance) {
      case ACCEPTS -> "accepts";
      case PROPOSES -> "proposes";
      case DEMANDS -> "demands";
      case REJECTS -> "rejects";
      case RED_LINE -> "rules out";
    };
  }
}
