/** A macro benchmark of {@code parley serve} under a steady load (docs/benchmarks). */
@NullMarked
package dev.parley.bench.serve;

import org.jspecify.annotations.NullMarked;
