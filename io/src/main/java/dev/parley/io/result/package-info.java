/**
 * The JSON writers of command results (docs/adr/0012: every result writer is to live here), each
 * documented by a schema under docs/schema.
 */
@NullMarked
package dev.parley.io.result;

import org.jspecify.annotations.NullMarked;
