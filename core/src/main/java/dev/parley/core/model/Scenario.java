package dev.parley.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A negotiation as an analyst models it: who takes part, what they bargain over, what each wants,
 * what could change, and the sources behind every value.
 *
 * @param asOf the date the scenario describes, or null
 * @param profiles the preferences of the actors who bargain; actors without a profile only act
 * @param roundDays how many days a bargaining round lasts, for every analysis ({@link Clock})
 */
public record Scenario(
    String id,
    String title,
    String description,
    @Nullable LocalDate asOf,
    UtilityModel utility,
    List<Actor> actors,
    List<Issue> issues,
    List<ActorProfile> profiles,
    List<Lever> levers,
    List<Source> sources,
    double roundDays) {
  /** Validates and copies the fields. */
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(utility, "utility");
    actors = List.copyOf(actors);
    issues = List.copyOf(issues);
    profiles = List.copyOf(profiles);
    levers = List.copyOf(levers);
    sources = List.copyOf(sources);
    Clock.checkRoundDays(roundDays);
  }

  /** Returns a scenario whose rounds last {@link Clock#DEFAULT_ROUND_DAYS}. */
  public Scenario(
      String id,
      String title,
      String description,
      @Nullable LocalDate asOf,
      UtilityModel utility,
      List<Actor> actors,
      List<Issue> issues,
      List<ActorProfile> profiles,
      List<Lever> levers,
      List<Source> sources) {
    this(
        id,
        title,
        description,
        asOf,
        utility,
        actors,
        issues,
        profiles,
        levers,
        sources,
        Clock.DEFAULT_ROUND_DAYS);
  }

  /** Returns the scenario's clock: its {@code as_of} date and the length of a round. */
  public Clock clock() {
    return new Clock(asOf, roundDays);
  }

  /** Returns the actor with the given id, if there is one. */
  public Optional<Actor> actor(ActorId id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Returns the issue with the given id, if there is one. */
  public Optional<Issue> issue(IssueId id) {
    return issues.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Returns the profile of the actor with the given id, if it has one. */
  public Optional<ActorProfile> profile(ActorId id) {
    return profiles.stream().filter(p -> p.actor().equals(id)).findFirst();
  }

  /**
   * Returns the actors whose red lines forbid an option of an issue, in profile order, each once;
   * empty when none does.
   */
  public List<ActorId> forbiddenBy(IssueId issue, String option) {
    List<ActorId> by = new java.util.ArrayList<>();
    for (ActorProfile p : profiles) {
      for (RedLine r : p.redLines()) {
        if (r.issue().equals(issue) && r.forbidden().contains(option) && !by.contains(p.actor())) {
          by.add(p.actor());
        }
      }
    }
    return List.copyOf(by);
  }

  /**
   * Returns the veto players: the actors with a profile that belong to a coalition deciding by
   * {@link DecisionRule#UNANIMITY}, in profile order.
   */
  public List<ActorId> vetoPlayers() {
    List<ActorId> veto = new java.util.ArrayList<>();
    for (ActorProfile p : profiles) {
      Optional<Actor> actor = actor(p.actor());
      if (actor.isEmpty()) {
        continue;
      }
      for (ActorId coalition : actor.get().memberOf()) {
        if (actor(coalition).map(c -> c.decision() == DecisionRule.UNANIMITY).orElse(false)) {
          veto.add(p.actor());
          break;
        }
      }
    }
    return List.copyOf(veto);
  }

  /** Returns the lever with the given id, if there is one. */
  public Optional<Lever> lever(LeverId id) {
    return levers.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Returns the source with the given id, if there is one. */
  public Optional<Source> source(SourceId id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
