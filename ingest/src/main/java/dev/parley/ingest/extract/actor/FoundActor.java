package dev.parley.ingest.extract.actor;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor a document mentions, with the distinct words it is mentioned by.
 *
 * @param code the PLOVER actor code, such as {@code RUS} or {@code IGO}
 * @param affiliation the state or organisation a person acts for, as the registry or the text says
 * @param mentions the distinct surface forms, in order of first appearance
 * @param known whether the actor comes from the directory rather than from the text alone
 */
public record FoundActor(
    ActorId id,
    String name,
    ActorKind kind,
    String code,
    @Nullable ActorId affiliation,
    List<String> mentions,
    boolean known) {
  /** Validates and copies the fields. */
  public FoundActor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    mentions = List.copyOf(mentions);
  }
}
