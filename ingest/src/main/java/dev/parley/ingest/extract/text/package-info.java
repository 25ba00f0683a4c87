/**
 * Sentences and tokens with character offsets into a document's text: the first stage of
 * extraction, on which every later stage works.
 */
@NullMarked
package dev.parley.ingest.extract.text;

import org.jspecify.annotations.NullMarked;
