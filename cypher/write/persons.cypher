// One node per person across documents (id = accent-folded slug of the canonical name), one row per
// person of the batch. Each document's spellings live on its MENTIONS edge (one per document, made with
// CREATE: see countries.cypher); the display name and aliases are recomputed from them after a
// retraction (person-names.cypher), so load order does not matter and retraction takes a document's
// spellings along.
// A write only adds spellings, so the display name and aliases take in the batch's (row.names and
// row.aliases: every name and alias the batch's documents use) without reading every mention again.
// Equal to recomputing them from every mention (person-names.cypher), as the display name is the
// greatest spelling by a fixed order (longest, then alphabetically last) and the aliases a sorted union —
// but it costs the batch's spellings, not every mention of a person that is in thousands of articles.
// searchKey as there. surname and familyName: the first the graph or the batch gives.
// Returns the persons whose countries or shown role may have changed (below).
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = []
SET p.surname = coalesce(p.surname, row.surname),
    p.familyName = coalesce(p.familyName, row.familyName)
WITH p, row
CALL (p, row) {
  UNWIND row.mentions AS m
  MATCH (d:Document {id: m.doc})
  // Titles the document gives without saying for which country or organization ("President Bola
  // Tinubu") live on the document's MENTIONS edge, so they are retracted with the document.
  CREATE (d)-[:MENTIONS {count: m.count, titles: m.titles, names: [m.name], aliases: m.aliases}]->(p)
}
// (Person)-[:HOLDS_ROLE {title}]->(Country|Organization), remembering which documents state it: row.roles,
// one per role of the person in the batch with the documents that state it (role.docs, in order).
// newCountry: a role in a country the person had no edge to — only then can their countries
// (write/role-countries.cypher) have changed, as a write adds documents to the sources of the other roles
// and takes none away. newRole: any role edge made; with it, or with two roles or more (whose order by
// the number of their documents may change), the role shown with the person (write/person-summary.cypher)
// may change; a person with one role that was there already keeps it.
CALL (p, row) {
  UNWIND row.roles AS role
  OPTIONAL MATCH (c:Country {iso3: role.country})
  OPTIONAL MATCH (o:Organization {id: role.organization})
  WITH role, coalesce(c, o) AS target
  WHERE target IS NOT NULL
  MERGE (p)-[h:HOLDS_ROLE {title: role.title}]->(target)
  WITH h, role, target, h.sources IS NULL AS made
  SET h.sources = coalesce(h.sources, []) + [s IN role.docs WHERE NOT s IN coalesce(h.sources, [])]
  RETURN count(CASE WHEN made AND target:Country THEN 1 END) > 0 AS newCountry,
         count(CASE WHEN made THEN 1 END) > 0 AS newRole
}
WITH p, row, newCountry, newRole OR COUNT { (p)-[:HOLDS_ROLE]->() } > 1 AS summary
// The name and aliases made again only when the batch brings a spelling the person lacks (or the person is
// new): otherwise they would come out as they are (the aliases are kept sorted and distinct).
CALL (p, row) {
  WITH p, row
  WHERE p.searchKey IS NULL OR any(a IN row.aliases WHERE NOT a IN coalesce(p.aliases, []))
     OR any(n IN row.names WHERE size(n) > size(p.name) OR (size(n) = size(p.name) AND n > p.name))
  WITH p, row, reduce(best = p.name, n IN row.names |
         CASE WHEN best IS NULL OR size(n) > size(best) OR (size(n) = size(best) AND n > best) THEN n ELSE best END) AS name
  CALL (p, row) {
    UNWIND coalesce(p.aliases, []) + row.aliases AS a
    WITH DISTINCT a ORDER BY a
    RETURN collect(a) AS sorted
  }
  SET p.name = name, p.aliases = sorted,
      p.searchKey = reduce(k = '|' + toLower(name) + '|', a IN sorted | k + toLower(a) + '|')
}
RETURN collect(CASE WHEN newCountry THEN p.id END) AS newCountries,
       collect(CASE WHEN summary THEN p.id END) AS summaries;
