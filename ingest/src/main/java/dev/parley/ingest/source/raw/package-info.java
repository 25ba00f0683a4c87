/**
 * The raw side of reading: an input's bytes, how its text encoding is found, the problems a reader
 * reports, and the interface every format reader implements.
 */
@NullMarked
package dev.parley.ingest.source.raw;

import org.jspecify.annotations.NullMarked;
