/** The reader of PDF files, and the limits each PDF is read within. */
@NullMarked
package dev.parley.ingest.source.pdf;

import org.jspecify.annotations.NullMarked;
