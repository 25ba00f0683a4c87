/**
 * The spatial Nash bargaining model: on each dimension, the point of the individually rational
 * interval that maximises the weighted product of the actors' utility gains over the disagreement
 * point, solved exactly.
 */
@NullMarked
package dev.parley.core.forecast.nash;

import org.jspecify.annotations.NullMarked;
