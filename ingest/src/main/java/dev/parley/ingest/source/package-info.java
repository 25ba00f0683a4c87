/**
 * Reading documents: {@link dev.parley.ingest.source.DocumentReader} takes a file, a folder or a
 * glob, detects each input's format from its content, hands it to the reader of that format, and
 * collects the documents, the duplicates it left out, and a diagnostic for every input it skipped.
 */
@NullMarked
package dev.parley.ingest.source;

import org.jspecify.annotations.NullMarked;
