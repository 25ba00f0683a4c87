/**
 * Seeded randomness: every stochastic computation takes a {@link dev.parley.core.random.Seed} and
 * gives the same result for any number of threads.
 */
@NullMarked
package dev.parley.core.random;

import org.jspecify.annotations.NullMarked;
