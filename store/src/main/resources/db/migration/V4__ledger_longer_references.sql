-- Parley workspace, schema version 4: longer references in the ledger (issue 10, docs/ledger.md).
-- Applied by Flyway when a workspace is opened; never edit a released migration, add V5__... instead.

-- An imported market question is cited as forecastbench:<source>/<id>, and a Polymarket id is a
-- 66-character hex string; with a resolution's "@<date>" such a reference outgrew 100 characters.
-- A reference is as long as a document's address may be.
ALTER TABLE ledger_resolution_evidence ALTER COLUMN evidence SET DATA TYPE VARCHAR(4096);
ALTER TABLE ledger_entry ALTER COLUMN evidence SET DATA TYPE VARCHAR(4096);
