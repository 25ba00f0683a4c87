package dev.parley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A party to the negotiation, or a body that acts in it.
 *
 * @param memberOf the coalitions or organisations this actor belongs to
 * @param aliases names that refer to this actor in text, such as "Kremlin" and "Moscow" for Russia
 * @param decision how the actor, as a coalition, decides: as one, or by the unanimity of its
 *     members (each member with a profile is then a veto player)
 */
public record Actor(
    ActorId id,
    String name,
    ActorKind kind,
    List<ActorId> memberOf,
    List<String> aliases,
    DecisionRule decision) {
  /** Validates and copies the fields. */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    memberOf = List.copyOf(memberOf);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(decision, "decision");
  }

  /** Returns an actor that decides as one. */
  public Actor(
      ActorId id, String name, ActorKind kind, List<ActorId> memberOf, List<String> aliases) {
    this(id, name, kind, memberOf, aliases, DecisionRule.AS_ONE);
  }
}
