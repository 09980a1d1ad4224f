UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (c:Country {iso3: row.iso3})
SET c.name = row.name
MERGE (d)-[m:MENTIONS]->(c)
SET m.count = row.mentions;
