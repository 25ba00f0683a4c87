/**
 * Events in text, coded in PLOVER (event, mode, context) and in the negotiation vocabulary: trigger
 * words and phrases, their source and target actors, the issue they concern, and whether the text
 * reports them as done, negated, planned or hypothetical.
 */
@NullMarked
package dev.parley.ingest.extract.event;

import org.jspecify.annotations.NullMarked;
