/** Benchmarks of evidence extraction from documents. */
@NullMarked
package dev.parley.bench.extract;

import org.jspecify.annotations.NullMarked;
