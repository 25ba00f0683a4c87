/**
 * Which model to trust: an ensemble of the spatial forecasting models fitted on the DEU data by
 * cross-validation with whole proposals held out, with split-conformal prediction intervals.
 *
 * <p>{@link dev.parley.core.forecast.ensemble.LocationFeatures} describes each possible outcome
 * location of a dimension, {@link dev.parley.core.forecast.ensemble.RidgeConditionalLogit} turns
 * the features into a distribution over the locations, {@link
 * dev.parley.core.forecast.ensemble.LocationStacking} fits and cross-validates it, {@code
 * DeuEnsemble} holds the parameters fitted on DEU, and {@link
 * dev.parley.core.forecast.ensemble.EnsembleForecaster} forecasts any spatial problem with them.
 * See docs/forecast-evaluation.md and docs/adr/0009-trustworthy-answers.md.
 */
@NullMarked
package dev.parley.core.forecast.ensemble;

import org.jspecify.annotations.NullMarked;
