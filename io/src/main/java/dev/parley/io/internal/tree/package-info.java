/**
 * A YAML or JSON document as a tree of mappings, lists and scalars, each with its line and column,
 * read with limits on size, nesting and alias expansion.
 */
@NullMarked
package dev.parley.io.internal.tree;

import org.jspecify.annotations.NullMarked;
