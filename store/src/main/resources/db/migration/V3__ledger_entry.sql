-- Parley workspace, schema version 3: ledger entries recorded as such, Parley's own forecasts (issue 10, docs/ledger.md).
-- Applied by Flyway when a workspace is opened; never edit a released migration, add V4__... instead.

-- The entries of the ledger that are not derived from the evidence: a model's forecast, recorded on
-- the day it was made (parley ledger record). One row per entry, with its one citation (the
-- scenario file and its digest). The id is derived from who + what as for every entry, so an entry
-- recorded twice is one row, the first.
CREATE TABLE ledger_entry (
    id           VARCHAR(18) PRIMARY KEY,   -- l- + 16 hex digits (core.ledger.LedgerEntryId)
    who          VARCHAR(500) NOT NULL,     -- the forecaster, Parley:<model>
    what         CHARACTER VARYING NOT NULL,
    kind         VARCHAR(32) NOT NULL,      -- forecast, conditional, analytical_claim
    made_on      DATE NOT NULL,
    horizon      VARCHAR(500),
    resolves_on  DATE,
    probability  DOUBLE PRECISION NOT NULL,
    basis        VARCHAR(16) NOT NULL,      -- hedge, market, model
    document     VARCHAR(4096) NOT NULL,    -- the citation: the scenario file and its SHA-256
    evidence     VARCHAR(100),
    outlet       VARCHAR(500),
    method       CHARACTER VARYING NOT NULL, -- how the probability was computed (model, runs, seed)
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
