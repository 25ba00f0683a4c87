/**
 * Evidence extraction from an ingested document: the stages (sentences and tokens, actors, quotes,
 * events, positions, predictions, numbers) run in order by {@link
 * dev.parley.ingest.extract.EvidenceExtractor}, every item with its provenance.
 */
@NullMarked
package dev.parley.ingest.extract;

import org.jspecify.annotations.NullMarked;
