// The schema migrations the graph has applied (Neo4j Migrations bookkeeping), to skip it when none is pending.
MATCH (m:__Neo4jMigration)
RETURN m.version AS version;
