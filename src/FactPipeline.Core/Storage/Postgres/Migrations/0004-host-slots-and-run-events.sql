-- Politeness across workers (IHostSlotStore): the next request start per host, as Unix milliseconds.
CREATE TABLE host_slots (
    host text PRIMARY KEY,
    next_start bigint NOT NULL
);
-- A run's diff reads the audit trail by run: the trail's own indexes lead with the finding.
CREATE INDEX ix_finding_events_by_run ON finding_events (run_id) WHERE run_id IS NOT NULL;
