package dev.parley.ingest.extract.actor;

import dev.parley.core.evidence.MentionKind;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The actor mentions of one analyzed document, in text order, and the actors they resolve to.
 *
 * <p>Mention {@code m} covers tokens {@code [start(m), end(m))} and refers to actor {@code
 * actor(m)}, an index into {@link #actors()}. A mention {@link #isEmbedded(int) embedded} in a
 * longer one (the "German" of "German Chancellor Friedrich Merz") counts for the actor list but is
 * not a separate participant in the sentence. Mentions are sorted by their first token (the longer
 * first when two start together).
 */
public final class Mentions {
  static final int POSSESSIVE = 1;
  static final int EMBEDDED = 2;

  private final int count;
  private final int[] start;
  private final int[] end;
  private final int[] actor;
  private final MentionKind[] kind;
  private final int[] flags;
  private final int[] byToken;
  private final List<FoundActor> actors;
  private final Map<ActorId, Integer> actorIndex = new HashMap<>();

  Mentions(
      int count,
      int[] start,
      int[] end,
      int[] actor,
      MentionKind[] kind,
      int[] flags,
      int tokenCount,
      List<FoundActor> actors) {
    this.count = count;
    this.start = Arrays.copyOf(start, count);
    this.end = Arrays.copyOf(end, count);
    this.actor = Arrays.copyOf(actor, count);
    this.kind = Arrays.copyOf(kind, count);
    this.flags = Arrays.copyOf(flags, count);
    this.actors = List.copyOf(actors);
    for (int a = 0; a < this.actors.size(); a++) {
      actorIndex.putIfAbsent(this.actors.get(a).id(), a);
    }
    this.byToken = new int[tokenCount];
    Arrays.fill(byToken, -1);
    for (int m = 0; m < count; m++) {
      if ((flags[m] & EMBEDDED) != 0) {
        continue;
      }
      for (int t = start[m]; t < end[m]; t++) {
        byToken[t] = m;
      }
    }
  }

  /** Returns the number of mentions. */
  public int count() {
    return count;
  }

  /** Returns the first token of mention {@code m}. */
  public int start(int m) {
    return start[m];
  }

  /** Returns the token after mention {@code m}. */
  public int end(int m) {
    return end[m];
  }

  /** Returns the index in {@link #actors()} of the actor mention {@code m} refers to. */
  public int actor(int m) {
    return actor[m];
  }

  /** Returns the id of the actor mention {@code m} refers to. */
  public ActorId actorId(int m) {
    return actors.get(actor[m]).id();
  }

  /** Returns the kind of the actor mention {@code m} refers to. */
  public ActorKind actorKind(int m) {
    return actors.get(actor[m]).kind();
  }

  /** Returns how mention {@code m} refers to its actor. */
  public MentionKind kind(int m) {
    return kind[m];
  }

  /** Returns whether mention {@code m} is followed by a possessive "’s". */
  public boolean isPossessive(int m) {
    return (flags[m] & POSSESSIVE) != 0;
  }

  /** Returns whether mention {@code m} lies inside a longer mention of another actor. */
  public boolean isEmbedded(int m) {
    return (flags[m] & EMBEDDED) != 0;
  }

  /** Returns the standalone mention covering token {@code t}, or -1. */
  public int at(int t) {
    return byToken[t];
  }

  /** Returns the actors the document mentions, in order of first mention. */
  public List<FoundActor> actors() {
    return actors;
  }

  /** Returns the actor with the given id, or null. */
  public @Nullable FoundActor actor(ActorId id) {
    int a = indexOf(id);
    return a < 0 ? null : actors.get(a);
  }

  /** Returns the index in {@link #actors()} of the actor with the given id, or -1. */
  public int indexOf(ActorId id) {
    Integer a = actorIndex.get(id);
    return a == null ? -1 : a;
  }

  /**
   * Returns the first mention that starts at or after token {@code t}, or {@link #count()} when
   * none does; mentions are in text order, so those starting in {@code [t, u)} follow it.
   */
  public int firstFrom(int t) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
