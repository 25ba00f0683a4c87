/**
 * Writers of extracted evidence: the gold-standard evaluation JSON (one object per document, as the
 * shared scorer reads it) and PLOVER JSON Lines (one event per line).
 */
@NullMarked
package dev.parley.ingest.export;

import org.jspecify.annotations.NullMarked;
