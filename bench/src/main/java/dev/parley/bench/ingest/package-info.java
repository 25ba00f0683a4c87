/** Benchmarks of the whole ingestion pipeline: reading, main content, extraction and storing. */
@NullMarked
package dev.parley.bench.ingest;

import org.jspecify.annotations.NullMarked;
