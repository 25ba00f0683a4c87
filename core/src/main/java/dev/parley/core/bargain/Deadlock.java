package dev.parley.core.bargain;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.IssueId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a scenario is deadlocked, why, and what would open it: the answer of {@link
 * DeadlockAnalysis}.
 *
 * <p>A scenario is deadlocked when no package gives every party at least what walking away is
 * worth: either its red lines together leave some issue no option ({@link Cause#RED_LINES}), or
 * every package they allow leaves some party below its walk-away value ({@link Cause#WALK_AWAY}).
 *
 * @param deadlocked whether no package beats walking away for every party
 * @param decided false when the search ran out of budget before it could tell; {@code deadlocked}
 *     is then false and nothing else is reported
 * @param cause why the scenario is deadlocked; {@link Cause#NONE} when it is not
 * @param conflicts the issues whose red lines together forbid every option, in issue order
 * @param relaxations the single changes the smallest openings are made of, the best opening's
 *     first, each once
 * @param openings the smallest sets of red-line relaxations that open a zone of agreement, the one
 *     whose Nash package gives the largest Nash product first; empty when no red line is in the way
 * @param openingsComplete whether every set of that size was tried (false when the search hit its
 *     limit, so that a smaller or better opening may exist)
 * @param partial the best partial deal, which settles some issues and leaves the others open, when
 *     the scenario is deadlocked and one beats walking away for every party
 * @param vetoPlayers the scenario's veto players
 * @param blockingVetoPlayers the veto players whose consent alone is missing: without the
 *     constraints of any one of them (its walk-away value and red lines) a zone would open
 */
public record Deadlock(
    boolean deadlocked,
    boolean decided,
    Cause cause,
    List<Conflict> conflicts,
    List<Relaxation> relaxations,
    List<Opening> openings,
    boolean openingsComplete,
    Optional<PartialDeal> partial,
    List<ActorId> vetoPlayers,
    List<ActorId> blockingVetoPlayers) {
  /** Validates and copies the fields. */
  public Deadlock {
    Objects.requireNonNull(cause, "cause");
    conflicts = List.copyOf(conflicts);
    relaxations = List.copyOf(relaxations);
    openings = List.copyOf(openings);
    Objects.requireNonNull(partial, "partial");
    vetoPlayers = List.copyOf(vetoPlayers);
    blockingVetoPlayers = List.copyOf(blockingVetoPlayers);
    if (deadlocked == (cause == Cause.NONE)) {
      throw new IllegalArgumentException(
          "expected a cause exactly when deadlocked, but found " + cause);
    }
  }

  /**
   * Returns the answer for a scenario that is not deadlocked, or whose search could not tell.
   *
   * @param decided whether the search could tell
   */
  public static Deadlock none(boolean decided, List<ActorId> vetoPlayers) {
    return new Deadlock(
        false,
        decided,
        Cause.NONE,
        List.of(),
        List.of(),
        List.of(),
        decided,
        Optional.empty(),
        vetoPlayers,
        List.of());
  }

  /** Why a scenario is deadlocked. */
  public enum Cause {
    /** It is not. */
    NONE,
    /** The red lines of several parties together leave some issue no option. */
    RED_LINES,
    /** Packages are allowed, but none gives every party at least its walk-away value. */
    WALK_AWAY
  }

  /**
   * An issue whose red lines together forbid every option.
   *
   * @param options every option of the issue with the actors whose red lines forbid it
   */
  public record Conflict(IssueId issue, List<Forbidden> options) {
    /** Copies the fields. */
    public Conflict {
      Objects.requireNonNull(issue, "issue");
      options = List.copyOf(options);
    }
  }

  /** An option and the actors whose red lines forbid it. */
  public record Forbidden(String option, List<ActorId> by) {
    /** Copies the fields. */
    public Forbidden {
      Objects.requireNonNull(option, "option");
      by = List.copyOf(by);
    }
  }

  /**
   * One relaxation: an actor accepts an option its red line forbids.
   *
   * @param opensZoneAlone whether this change alone opens a zone of agreement
   * @param givesUp what accepting the option may cost the actor: the worth to it of its best option
   *     on the issue that its red lines allow, less the worth of this option, as a share of its
   *     utility (the weighted worths the bargaining problem sums); NaN when its red lines allow
   *     none
   */
  public record Relaxation(
      ActorId actor, IssueId issue, String option, boolean opensZoneAlone, double givesUp) {
    /** Validates the fields. */
    public Relaxation {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(option, "option");
    }
  }

  /**
   * A smallest set of relaxations that opens a zone of agreement, and the deal it allows.
   *
   * @param changes the relaxations, every one needed: without any of them the zone stays shut
   * @param outcome the option chosen on each issue by the Nash package once relaxed, in issue order
   * @param utilities each party's utility of that package, in party order
   * @param margins each party's utility less its walk-away value, in party order
   * @param nashProduct the product of the margins
   */
  public record Opening(
      List<Relaxation> changes,
      List<String> outcome,
      List<Double> utilities,
      List<Double> margins,
      double nashProduct) {
    /** Copies the fields. */
    public Opening {
      changes = List.copyOf(changes);
      outcome = List.copyOf(outcome);
      utilities = List.copyOf(utilities);
      margins = List.copyOf(margins);
    }
  }

  /**
   * A deal that settles some issues and leaves the others open (each open issue is worth to every
   * party what walking away is worth, in proportion to its weight: see {@link PartialDeals}).
   *
   * @param outcome the option settled on each issue, in issue order; empty where the issue is left
   *     open
   * @param utilities each party's utility of the partial deal, in party order
   * @param margins each party's utility less its walk-away value, all positive
   */
  public record PartialDeal(
      List<Optional<String>> outcome, List<Double> utilities, List<Double> margins) {
    /** Copies the fields. */
    public PartialDeal {
      outcome = List.copyOf(outcome);
      utilities = List.copyOf(utilities);
      margins = List.copyOf(margins);
    }

    /** Returns the number of issues the deal settles. */
    public int settledCount() {
      return (int) outcome.stream().filter(Optional::isPresent).count();
    }
  }
}
