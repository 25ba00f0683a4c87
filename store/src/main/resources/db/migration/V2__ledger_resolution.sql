-- Parley workspace, schema version 2: what became of the ledger's predictions (issue 10, docs/ledger.md).
-- Applied by Flyway when a workspace is opened; never edit a released migration, add V3__... instead.

-- One row per resolved ledger entry. Entries themselves are not stored: they are derived from the
-- evidence on every read, with stable ids (l- + 16 hex digits of the SHA-256 of who + what), so a
-- resolution refers to its entry by that id and no foreign key can hold it.
CREATE TABLE ledger_resolution (
    entry_id    VARCHAR(18) PRIMARY KEY,   -- l- + 16 hex digits (core.ledger.LedgerEntryId)
    outcome     VARCHAR(16) NOT NULL,      -- true, false, void
    resolved_on DATE NOT NULL,             -- the date the outcome was settled
    note        CHARACTER VARYING,         -- the analyst's note, or NULL
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The sources for a resolution, at least one: a workspace document (and evidence item), or a URL.
CREATE TABLE ledger_resolution_evidence (
    entry_id    VARCHAR(18) NOT NULL REFERENCES ledger_resolution (entry_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    document    VARCHAR(4096) NOT NULL,    -- a workspace document id or a URL
    evidence    VARCHAR(100),              -- the evidence item's id (doc-…#n), or NULL for the whole
    outlet      VARCHAR(500),              -- the document's outlet, or NULL when unknown
    PRIMARY KEY (entry_id, ordinal)
);
