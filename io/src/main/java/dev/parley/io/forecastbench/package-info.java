/**
 * ForecastBench question sets and resolution sets (Karger et al., "ForecastBench: A Dynamic
 * Benchmark of AI Forecasting Capabilities", ICLR 2025) read into and written from prediction
 * ledger entries.
 */
@NullMarked
package dev.parley.io.forecastbench;

import org.jspecify.annotations.NullMarked;
