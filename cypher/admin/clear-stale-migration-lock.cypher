// A Neo4j Migrations lock left by a process killed while migrating. Only run on an embedded store, which no
// other process can have open: any lock found there is stale.
MATCH (l:__Neo4jMigrationsLock)
DELETE l;
