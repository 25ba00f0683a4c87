/**
 * Primitive-array machinery behind the bargaining analyses: sorting and dominance indexes for the
 * Pareto sweep. Not part of the API.
 */
@NullMarked
package dev.parley.core.bargain.internal;

import org.jspecify.annotations.NullMarked;
