// Node count per label of the knowledge graph: Neo4j Migrations' bookkeeping (labels starting with "__")
// and the operational nodes of load jobs (LoadRun, LoadLock) are left out.
MATCH (n)
UNWIND labels(n) AS label
WITH label WHERE NOT label STARTS WITH '__' AND NOT label IN ['LoadRun', 'LoadLock']
RETURN label, count(*) AS count
ORDER BY label;
