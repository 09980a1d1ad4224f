// Relationship count per type (Neo4j Migrations' own bookkeeping left out).
MATCH ()-[r]->()
WITH type(r) AS type WHERE NOT type STARTS WITH '__' AND NOT type IN ['MIGRATED_TO', 'REPLACED_BY']
RETURN type, count(*) AS count
ORDER BY type;
