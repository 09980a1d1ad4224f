// (Person)-[:HOLDS_ROLE {title}]->(Country|Organization), remembering which documents state it.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
OPTIONAL MATCH (c:Country {iso3: row.country})
OPTIONAL MATCH (o:Organization {id: row.organization})
WITH p, row, coalesce(c, o) AS target
WHERE target IS NOT NULL
MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(target)
SET h.sources = CASE WHEN row.doc IN coalesce(h.sources, []) THEN h.sources ELSE coalesce(h.sources, []) + row.doc END;
