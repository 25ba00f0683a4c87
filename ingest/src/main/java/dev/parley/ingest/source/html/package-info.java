/** The reader of HTML pages. */
@NullMarked
package dev.parley.ingest.source.html;

import org.jspecify.annotations.NullMarked;
