/**
 * An ingested document: its clean body text, the blocks that text is made of, and its metadata.
 * Every extracted fact points into {@link dev.parley.ingest.document.Document#text()}.
 */
@NullMarked
package dev.parley.ingest.document;

import org.jspecify.annotations.NullMarked;
