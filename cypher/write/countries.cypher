// One row per country of the batch, with one mention per document that names it (the writer groups the
// rows; docs/PERFORMANCE.md). A document's MENTIONS edges are made with CREATE: a new document has none,
// and a stored one has lost all of its own in the retraction that runs first in the same transaction.
UNWIND $rows AS row
MERGE (c:Country {iso3: row.iso3})
// Named once: every document mentions the same country by the same reference name, and a SET on every
// row would lock a country all documents share and rewrite it for nothing.
ON CREATE SET c.name = row.name
WITH c, row
UNWIND row.mentions AS m
MATCH (d:Document {id: m.doc})
CREATE (d)-[:MENTIONS {count: m.count}]->(c);
