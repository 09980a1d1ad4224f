// Node count per label (Neo4j Migrations' own bookkeeping labels, starting with "__", left out).
MATCH (n)
UNWIND labels(n) AS label
WITH label WHERE NOT label STARTS WITH '__'
RETURN label, count(*) AS count
ORDER BY label;
