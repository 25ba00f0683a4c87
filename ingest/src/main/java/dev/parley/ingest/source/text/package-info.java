/** The reader of plain text scraped from web pages. */
@NullMarked
package dev.parley.ingest.source.text;

import org.jspecify.annotations.NullMarked;
