// Operational nodes of load jobs (left out of stats): one lock per name, one node per run; documents
// are found by the source they were loaded from.
CREATE CONSTRAINT load_lock_name IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (n:LoadRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_origin IF NOT EXISTS FOR (n:Document) ON (n.origin);
CREATE INDEX load_run_started IF NOT EXISTS FOR (n:LoadRun) ON (n.startedAt);
