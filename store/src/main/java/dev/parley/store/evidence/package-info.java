/**
 * Evidence as the workspace stores and returns it: the kind of each item, the query that filters
 * it, the citation that says where it was written, and the JSON form of an item with its provenance
 * ({@code docs/schema/evidence.schema.json}).
 */
@NullMarked
package dev.parley.store.evidence;

import org.jspecify.annotations.NullMarked;
