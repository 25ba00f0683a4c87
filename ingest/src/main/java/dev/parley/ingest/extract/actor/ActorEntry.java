package dev.parley.ingest.extract.actor;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the directory knows about one actor: its names, the words that refer to it, its PLOVER code
 * and, for a person, whom they act for and in which roles.
 *
 * @param code the PLOVER actor code: a state's ISO-3 code, or a code such as {@code IGO}
 * @param affiliation the state or organisation a person acts for, or null
 * @param aliases names and short forms, such as "Putin" and "Vladimir Putin"
 * @param adjectives demonyms and adjectives, such as "Russian" and "Russians"
 * @param seats places and buildings that stand for the actor, such as "Moscow" and "Kremlin"
 * @param allies the collective that "its allies" means for this actor, or null
 * @param historical whether the actor no longer exists, such as the Soviet Union
 */
public record ActorEntry(
    ActorId id,
    ActorKind kind,
    String name,
    String code,
    @Nullable ActorId affiliation,
    List<Role> roles,
    List<String> aliases,
    List<String> adjectives,
    List<String> seats,
    @Nullable ActorId allies,
    boolean historical) {
  /** Validates and copies the fields. */
  public ActorEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    seats = List.copyOf(seats);
  }

  /** Returns a copy with another id and, where given, another affiliation and allies. */
  ActorEntry withIds(ActorId newId, @Nullable ActorId newAffiliation, @Nullable ActorId newAllies) {
    return new ActorEntry(
        newId,
        kind,
        name,
        code,
        newAffiliation,
        roles,
        aliases,
        adjectives,
        seats,
        newAllies,
        historical);
  }

  /** Returns a copy with more aliases. */
  ActorEntry withMoreAliases(List<String> more) {
    List<String> all = new java.util.ArrayList<>(aliases);
    for (String a : more) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    return new ActorEntry(
        id, kind, name, code, affiliation, roles, all, adjectives, seats, allies, historical);
  }
}
