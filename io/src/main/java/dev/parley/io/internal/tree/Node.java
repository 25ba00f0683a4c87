package dev.parley.io.internal.tree;

import dev.parley.io.diagnostic.TextPosition;

/** A value in a YAML or JSON document, with where it starts. */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
  /** Returns where the value starts. */
  TextPosition position();

  /** Returns the number of nodes in this value once every alias is expanded, at least 1. */
  long weight();

  /** Returns what kind of value this is, for messages: "a mapping", "a list", "a string", .... */
  String describe();
}
