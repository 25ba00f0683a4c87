package dev.parley.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an actor wants and what it can do: its stance on each issue, its power, what walking away is
 * worth to it, how patient it is and the lines it will not cross.
 *
 * @param capability the actor's power to shape the outcome, on a scale shared by all actors
 * @param reservation the utility of walking away (for example, of continuing the war), 0 to 1
 * @param patience the actor's discount factor per {@code patiencePeriod}, in (0, 1]; convert it
 *     with {@link Clock#perRound} or {@link Clock#perYear}
 * @param deadline when the actor needs a deal, or null if it has none
 * @param stances the actor's preferences per issue; issues it does not care about are absent
 * @param patiencePeriod the period {@code patience} discounts: a year (the default) or a round
 */
public record ActorProfile(
    ActorId actor,
    Estimate capability,
    Estimate reservation,
    Estimate patience,
    @Nullable Deadline deadline,
    Map<IssueId, IssueStance> stances,
    List<RedLine> redLines,
    DiscountPeriod patiencePeriod) {
  /** Validates and copies the fields. */
  public ActorProfile {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(capability, "capability");
    Objects.requireNonNull(reservation, "reservation");
    Objects.requireNonNull(patience, "patience");
    stances = Copies.ordered(stances);
    redLines = List.copyOf(redLines);
    Objects.requireNonNull(patiencePeriod, "patiencePeriod");
  }

  /** Returns a profile whose patience is a discount factor per year. */
  public ActorProfile(
      ActorId actor,
      Estimate capability,
      Estimate reservation,
      Estimate patience,
      @Nullable Deadline deadline,
      Map<IssueId, IssueStance> stances,
      List<RedLine> redLines) {
    this(
        actor, capability, reservation, patience, deadline, stances, redLines, DiscountPeriod.YEAR);
  }

  /** Returns the actor's nominal discount factor per round of a clock. */
  public double patiencePerRound(Clock clock) {
    return clock.perRound(patience.nominal(), patiencePeriod);
  }

  /** Returns the actor's stance on an issue, if it has one. */
  public Optional<IssueStance> stance(IssueId issue) {
    return Optional.ofNullable(stances.get(issue));
  }
}
