/**
 * Benchmarks of Monte Carlo over scenarios: the runner's own cost per trial, forecasting models
 * under uncertainty, and Nash trials by package search or by the frontier.
 */
@NullMarked
package dev.parley.bench.montecarlo;

import org.jspecify.annotations.NullMarked;
