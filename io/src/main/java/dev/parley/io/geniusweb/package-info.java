/**
 * Import of GeniusWeb domains and linear additive profiles (JSON, the format of ANAC 2020 on) into
 * Parley scenarios, with GeniusWeb's utility semantics.
 */
@NullMarked
package dev.parley.io.geniusweb;

import org.jspecify.annotations.NullMarked;
