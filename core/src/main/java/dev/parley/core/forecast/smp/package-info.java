/**
 * KAPSARC's spatial model of politics (KTAB SMP): actors challenge one another, bargain and vote on
 * the bargains with probabilistic Condorcet elections, turn after turn, until positions settle.
 *
 * <p>{@link dev.parley.core.forecast.smp.SpatialModelOfPolitics} runs it in two variants: {@code
 * smp-ktab}, which reproduces KTAB's own runs (its reference logs) including its quirks, and {@code
 * smp}, which fixes them; {@code docs/forecast-smp.md} sets the two side by side.
 */
@NullMarked
package dev.parley.core.forecast.smp;

import org.jspecify.annotations.NullMarked;
