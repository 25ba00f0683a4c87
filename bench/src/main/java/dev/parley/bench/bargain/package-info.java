/** Benchmarks of the bargaining analyses. */
@NullMarked
package dev.parley.bench.bargain;

import org.jspecify.annotations.NullMarked;
