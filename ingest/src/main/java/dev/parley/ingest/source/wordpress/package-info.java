/** The reader of WordPress REST API posts. */
@NullMarked
package dev.parley.ingest.source.wordpress;

import org.jspecify.annotations.NullMarked;
