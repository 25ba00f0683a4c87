/** The reader of PDF files. */
@NullMarked
package dev.parley.ingest.source.pdf;

import org.jspecify.annotations.NullMarked;
