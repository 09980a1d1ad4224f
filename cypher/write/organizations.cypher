// Organizations (from the reference data), and the country they are based in when the same document
// mentions that country too — never "whichever country happens to be in the graph already", which would
// depend on load order. BASED_IN remembers those documents and is retracted with them.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (o:Organization {id: row.id})
// Named once (the id comes from the reference data, and with it the name and kind): see countries.cypher.
ON CREATE SET o.name = row.name, o.kind = row.kind
MERGE (d)-[m:MENTIONS]->(o)
SET m.count = row.mentions
WITH d, o, row WHERE row.country IS NOT NULL
MATCH (d)-[:MENTIONS]->(c:Country {iso3: row.country})
MERGE (o)-[b:BASED_IN]->(c)
SET b.sources = CASE WHEN row.doc IN coalesce(b.sources, []) THEN b.sources ELSE coalesce(b.sources, []) + row.doc END;
