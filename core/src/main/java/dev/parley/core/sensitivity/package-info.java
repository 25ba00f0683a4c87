/**
 * How the analysis responds to changes of its inputs: each uncertain number alone at the ends of
 * its range (tornado), variance-based Sobol indices (which assumption moves a forecast most), every
 * analysis with and without each lever side by side, and numbers that drift round by round with the
 * question of who concedes first (see docs/adr/0007-monte-carlo.md).
 */
@NullMarked
package dev.parley.core.sensitivity;

import org.jspecify.annotations.NullMarked;
