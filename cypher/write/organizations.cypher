// Organizations (from the reference data), one row per organization of the batch with one mention per
// document (CREATE: see countries.cypher), and the country they are based in when the same document
// mentions that country too — never "whichever country happens to be in the graph already", which would
// depend on load order. BASED_IN remembers those documents (basedIn: a country and the documents of the
// batch that state it, checked by the writer against each document's own countries) and is retracted
// with them.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
// Named once (the id comes from the reference data, and with it the name and kind): see countries.cypher.
ON CREATE SET o.name = row.name, o.kind = row.kind
WITH o, row
CALL (o, row) {
  UNWIND row.mentions AS m
  MATCH (d:Document {id: m.doc})
  CREATE (d)-[:MENTIONS {count: m.count}]->(o)
}
CALL (o, row) {
  UNWIND row.basedIn AS b
  MATCH (c:Country {iso3: b.country})
  MERGE (o)-[x:BASED_IN]->(c)
  SET x.sources = coalesce(x.sources, []) + [s IN b.docs WHERE NOT s IN coalesce(x.sources, [])]
};
