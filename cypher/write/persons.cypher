// One node per person across documents (id = accent-folded slug of the canonical name). Each document's
// spellings live on its MENTIONS edge; the display name and aliases are recomputed from them
// (person-names.cypher), so load order does not matter and retraction takes a document's spellings along.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = []
SET p.surname = coalesce(p.surname, row.surname),
    p.familyName = coalesce(p.familyName, row.familyName)
MERGE (d)-[m:MENTIONS]->(p)
// Titles the document gives without saying for which country or organization ("President Bola Tinubu")
// live on the document's MENTIONS edge, so they are retracted with the document.
SET m.count = row.mentions, m.titles = row.titles, m.names = [row.name], m.aliases = row.aliases;
