/**
 * Actors in text: the built-in registry of states, organisations and people of international
 * affairs, the scenario's own actors and aliases, and the recognizer that finds and resolves their
 * mentions (names, titles, metonyms, demonyms, descriptions, people and organisations the registry
 * does not know).
 */
@NullMarked
package dev.parley.ingest.extract.actor;

import org.jspecify.annotations.NullMarked;
