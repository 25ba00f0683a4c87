/**
 * Scoring forecasts against known outcomes: absolute-error summaries and seeded paired-bootstrap
 * confidence intervals for the difference between two models.
 */
@NullMarked
package dev.parley.core.forecast.score;

import org.jspecify.annotations.NullMarked;
