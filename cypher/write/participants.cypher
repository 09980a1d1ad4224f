// (Person|Country|Organization)-[:PARTICIPATED_IN {role}]->(Event)
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
OPTIONAL MATCH (p:Person {id: row.person})
OPTIONAL MATCH (c:Country {iso3: row.country})
OPTIONAL MATCH (o:Organization {id: row.organization})
WITH e, row, coalesce(p, c, o) AS actor
WHERE actor IS NOT NULL
MERGE (actor)-[x:PARTICIPATED_IN]->(e)
SET x.role = coalesce(row.role, x.role),
    x.sources = CASE WHEN row.doc IN coalesce(x.sources, []) THEN x.sources ELSE coalesce(x.sources, []) + row.doc END;
