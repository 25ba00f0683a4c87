/** Benchmarks of the forecasting models on KTAB's own scenarios. */
@NullMarked
package dev.parley.bench.forecast;

import org.jspecify.annotations.NullMarked;
