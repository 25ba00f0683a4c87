package dev.parley.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Unmodifiable copies that keep their source's iteration order.
 *
 * <p>{@code Map.copyOf} and {@code Set.copyOf} iterate in an order that changes from one JVM run to
 * the next; anything summed or printed in that order would not be reproducible.
 */
final class Copies {
  private Copies() {}

  static <K, V> Map<K, V> ordered(Map<K, V> source) {
    LinkedHashMap<K, V> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    return Collections.unmodifiableMap(copy);
  }

  static <T> Set<T> ordered(Set<T> source) {
    LinkedHashSet<T> copy = new LinkedHashSet<>();
    source.forEach(e -> copy.add(Objects.requireNonNull(e)));
    return Collections.unmodifiableSet(copy);
  }
}
