/** Benchmarks of the dependency parser ({@code dev.parley.ingest.parse}). */
@NullMarked
package dev.parley.bench.parse;

import org.jspecify.annotations.NullMarked;
