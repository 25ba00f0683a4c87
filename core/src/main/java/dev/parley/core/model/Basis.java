package dev.parley.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a value in a scenario rests on: the sources and evidence it cites, or, when it cites
 * nothing, the assumption it is.
 *
 * @param sources the sources the value cites, by id
 * @param evidence evidence items in the workspace the value cites, by id
 * @param note a paraphrase of what the source says, or the reasoning behind an assumption
 */
public record Basis(List<SourceId> sources, List<String> evidence, @Nullable String note) {
  private static final Basis UNSTATED = new Basis(List.of(), List.of(), null);

  /** Validates and copies the fields. */
  public Basis {
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
  }

  /** Returns the basis of a value that cites nothing and says nothing: a bare assumption. */
  public static Basis unstated() {
    return UNSTATED;
  }

  /** Returns the basis of a value that is an assumption, with its reasoning. */
  public static Basis assumption(String note) {
    return new Basis(List.of(), List.of(), Objects.requireNonNull(note, "note"));
  }

  /** Returns the basis of a value that cites the given sources. */
  public static Basis cited(String note, SourceId... sources) {
    return new Basis(List.of(sources), List.of(), note);
  }

  /** Returns whether the value cites no source and no evidence. */
  public boolean isAssumption() {
    return sources.isEmpty() && evidence.isEmpty();
  }
}
