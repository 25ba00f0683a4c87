/**
 * Forecasting where each issue will land with the spatial models political scientists use: the
 * compromise model, the weighted median, Nash bargaining, Bueno de Mesquita's expected-utility
 * model, KTAB's spatial model of politics and Stokman's exchange model.
 */
@NullMarked
package dev.parley.core.forecast;

import org.jspecify.annotations.NullMarked;
