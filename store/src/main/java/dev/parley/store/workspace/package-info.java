/**
 * The workspace: an embedded H2 database of documents, evidence and ingestion runs, migrated by
 * Flyway, with a Lucene full-text index of documents and evidence sentences beside it
 * (docs/adr/0008-workspace-store.md).
 */
@NullMarked
package dev.parley.store.workspace;

import org.jspecify.annotations.NullMarked;
