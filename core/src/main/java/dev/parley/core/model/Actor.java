package dev.parley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A party to the negotiation, or a body that acts in it.
 *
 * @param memberOf the coalitions or organisations this actor belongs to
 * @param aliases names that refer to this actor in text, such as "Kremlin" and "Moscow" for Russia
 */
public record Actor(
    ActorId id, String name, ActorKind kind, List<ActorId> memberOf, List<String> aliases) {
  /** Validates and copies the fields. */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    memberOf = List.copyOf(memberOf);
    aliases = List.copyOf(aliases);
  }
}
