/**
 * Monte Carlo over a scenario's uncertain numbers: every estimate drawn per trial from its
 * distribution, any forecasting model and bargaining solution run on each draw, and the results
 * summarised as distributions with standard errors. Trial {@code i} draws from {@code
 * seed.stream(i)} only, so results are the same bit for bit for any number of threads (see
 * docs/adr/0007-monte-carlo.md).
 */
@NullMarked
package dev.parley.core.montecarlo;

import org.jspecify.annotations.NullMarked;
