// One node per person across documents (id = accent-folded slug of the canonical name). The display
// name is the longest spelling seen (ties broken alphabetically), so load order does not matter.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = []
SET p.name = CASE WHEN size(row.name) > size(p.name) OR (size(row.name) = size(p.name) AND row.name > p.name)
                  THEN row.name ELSE p.name END,
    p.aliases = reduce(acc = p.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    p.surname = coalesce(p.surname, row.surname),
    p.familyName = coalesce(p.familyName, row.familyName)
MERGE (d)-[m:MENTIONS]->(p)
// Titles the document gives without saying for which country or organization ("President Bola Tinubu")
// live on the document's MENTIONS edge, so they are retracted with the document.
SET m.count = row.mentions, m.titles = row.titles;
