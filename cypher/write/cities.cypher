// Cities where events took place, tied to their country.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (c:City {id: row.id})
ON CREATE SET c.name = row.name
MERGE (d)-[m:MENTIONS]->(c)
SET m.count = coalesce(m.count, 0) + 1
WITH c, row WHERE row.country IS NOT NULL
MERGE (k:Country {iso3: row.country})
ON CREATE SET k.name = row.countryName
MERGE (c)-[:LOCATED_IN]->(k);
