/**
 * Reads actor tables in the format of the open implementations of Bueno de Mesquita's
 * expected-utility model: one actor per row with its capability, position and salience.
 */
@NullMarked
package dev.parley.io.bdm;

import org.jspecify.annotations.NullMarked;
