UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (c:Country {iso3: row.iso3})
// Named once: every document mentions the same country by the same reference name, and a SET on every
// row would lock a country all documents share and rewrite it for nothing.
ON CREATE SET c.name = row.name
MERGE (d)-[m:MENTIONS]->(c)
SET m.count = row.mentions;
