// (Person)-[:HOLDS_ROLE {title}]->(Country|Organization), remembering which documents state it: one row
// per role of the batch, with the documents that state it (row.docs, in order).
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
OPTIONAL MATCH (c:Country {iso3: row.country})
OPTIONAL MATCH (o:Organization {id: row.organization})
WITH p, row, coalesce(c, o) AS target
WHERE target IS NOT NULL
MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(target)
SET h.sources = coalesce(h.sources, []) + [s IN row.docs WHERE NOT s IN coalesce(h.sources, [])];
