// Cities where events took place, tied to their country; one row per city of the batch, with one mention
// per document (CREATE: see countries.cypher) counting the document's events there.
UNWIND $rows AS row
MERGE (c:City {id: row.id})
ON CREATE SET c.name = row.name
WITH c, row
CALL (c, row) {
  UNWIND row.mentions AS m
  MATCH (d:Document {id: m.doc})
  CREATE (d)-[:MENTIONS {count: m.count}]->(c)
}
WITH c, row WHERE row.country IS NOT NULL
MERGE (k:Country {iso3: row.country})
ON CREATE SET k.name = row.countryName
MERGE (c)-[:LOCATED_IN]->(k);
