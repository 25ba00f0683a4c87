/**
 * XML read safely: decoded before parsing, no document type declarations, no external or internal
 * entities, a nesting limit, and every element with its line and column.
 */
@NullMarked
package dev.parley.io.internal.xml;

import org.jspecify.annotations.NullMarked;
