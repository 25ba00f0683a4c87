/** The reader of RSS and Atom feeds. */
@NullMarked
package dev.parley.ingest.source.feed;

import org.jspecify.annotations.NullMarked;
