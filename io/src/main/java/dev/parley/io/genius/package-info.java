/**
 * Import of GENIUS negotiation domains and profiles (XML, the format of the Automated Negotiating
 * Agents Competition 2010–2019) into Parley scenarios, with GENIUS's utility semantics.
 */
@NullMarked
package dev.parley.io.genius;

import org.jspecify.annotations.NullMarked;
