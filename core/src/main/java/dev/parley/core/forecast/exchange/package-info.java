/**
 * Stokman's exchange model of collective decisions: actors trade support across issues, each
 * conceding on an issue it cares less about for a concession on one it cares more about, in
 * exchanges that give both partners the same gain.
 */
@NullMarked
package dev.parley.core.forecast.exchange;

import org.jspecify.annotations.NullMarked;
