package dev.parley.app;

import dev.parley.core.bargain.Deadlock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scenario in which no package gives every party what walking away is worth, as the command
 * line's tables say it.
 *
 * @param byRedLines whether the red lines leave some issue without an allowed option
 * @param conflicts the issues the red lines leave empty, by id
 */
public record Deadlocked(boolean byRedLines, List<String> conflicts) {
  /** Copies the conflicts. */
  public Deadlocked {
    conflicts = List.copyOf(conflicts);
  }

  /** Returns why a scenario is deadlocked, or null when it is not or nobody asked. */
  public static @Nullable Deadlocked of(@Nullable Deadlock deadlock) {
    if (deadlock == null || !deadlock.deadlocked()) {
      return null;
    }
    return new Deadlocked(
        deadlock.cause() == Deadlock.Cause.RED_LINES,
        deadlock.conflicts().stream().map(c -> c.issue().value()).toList());
  }
}
