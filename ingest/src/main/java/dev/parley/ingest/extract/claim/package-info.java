/**
 * Claims drawn from events and quotes: the positions actors take on the scenario's issues, and the
 * predictions named people make, with their horizons.
 */
@NullMarked
package dev.parley.ingest.extract.claim;

import org.jspecify.annotations.NullMarked;
