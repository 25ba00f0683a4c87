package dev.parley.io.internal.tree;

import dev.parley.io.diagnostic.TextPosition;
import java.util.List;
import java.util.Objects;

/** A list. */
public record ListNode(List<Node> items, TextPosition position, long weight) implements Node {
  /** Validates and copies the fields. */
  public ListNode {
    items = List.copyOf(items);
    Objects.requireNonNull(position, "position");
  }

  @Override
  public String describe() {
    return "a list";
  }
}
