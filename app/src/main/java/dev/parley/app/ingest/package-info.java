/**
 * The evidence use cases: ingest documents into a workspace ({@code parley ingest}), extract
 * evidence to files without one ({@code parley extract}), and list a workspace's evidence ({@code
 * parley evidence}).
 */
@NullMarked
package dev.parley.app.ingest;

import org.jspecify.annotations.NullMarked;
