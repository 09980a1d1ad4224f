// (Person|Country|Organization)-[:PARTICIPATED_IN {role}]->(Event), one row per participation of the batch
// with the documents that state it (row.docs, in order; row.role the last role they give).
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
OPTIONAL MATCH (p:Person {id: row.person})
OPTIONAL MATCH (c:Country {iso3: row.country})
OPTIONAL MATCH (o:Organization {id: row.organization})
WITH e, row, coalesce(p, c, o) AS actor
WHERE actor IS NOT NULL
MERGE (actor)-[x:PARTICIPATED_IN]->(e)
SET x.role = coalesce(row.role, x.role),
    x.sources = coalesce(x.sources, []) + [s IN row.docs WHERE NOT s IN coalesce(x.sources, [])];
