/**
 * Main-content extraction: finding the article body of an HTML page or of scraped plain text,
 * dropping navigation, bylines, related links and notices, and reading the title, author, date,
 * outlet and language the document states.
 */
@NullMarked
package dev.parley.ingest.content;

import org.jspecify.annotations.NullMarked;
