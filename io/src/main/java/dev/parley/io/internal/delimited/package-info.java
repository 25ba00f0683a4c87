/**
 * Delimited text tables (CSV, tab-separated) as the dataset readers see them: rows of fields, each
 * field with the line and column where it starts, read with the size limit and strict decoding of
 * the other readers.
 */
@NullMarked
package dev.parley.io.internal.delimited;

import org.jspecify.annotations.NullMarked;
