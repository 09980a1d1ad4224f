UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.kind = row.kind
MERGE (d)-[m:MENTIONS]->(o)
SET m.count = row.mentions
WITH o, row WHERE row.country IS NOT NULL
MATCH (c:Country {iso3: row.country})
MERGE (o)-[:BASED_IN]->(c);
