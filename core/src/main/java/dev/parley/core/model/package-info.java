/**
 * The scenario of a negotiation: its actors, the issues and options they bargain over, each actor's
 * preferences and walk-away value, the levers an analyst can pull, and the sources every value
 * rests on.
 */
@NullMarked
package dev.parley.core.model;

import org.jspecify.annotations.NullMarked;
