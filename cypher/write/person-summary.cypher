// What the answers show beside a person, kept on the person: the role shown with them and its country.
// shownCountry is the ISO3 code of the first country role in the order below (a stated title before the
// generic "Leader" that "Erdoğan's Turkey" gives, then the role stated by the most documents, then by
// title and country), shownTitle that role's title, or with no country role the organization title
// stated by the most documents (ties: alphabetically first). The meetings answer lists each participant
// with them, and a person's participation edges carry shownCountry in their countryKey
// (write/participant-keys.cypher), rewritten here when it changes.
// Run after the roles are written and after a retraction, for the persons whose roles may have changed
// (those of the batch given a new role or holding several, as write/persons.cypher returns them; those the
// retracted document mentions: a role's country or organization is
// mentioned by each document that states the role, so no other person's roles go with it). A function
// of the person's roles alone, so a reload leaves what a fresh load writes. The same expression fills
// older stores: migrations/V008__person_summary.cypher.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[h:HOLDS_ROLE]->(t)
  WITH h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
  WITH head(collect(CASE WHEN t:Country THEN {title: h.title, country: t.iso3} END)) AS role,
       reduce(best = null, r IN collect(CASE WHEN t:Organization THEN {title: h.title, n: size(coalesce(h.sources, []))} END) |
              CASE WHEN best IS NULL OR r.n > best.n OR (r.n = best.n AND r.title < best.title) THEN r ELSE best END).title AS orgTitle
  RETURN role.country AS country, coalesce(role.title, orgTitle) AS title
}
WITH p, country, title, coalesce(p.shownCountry, '') <> coalesce(country, '') AS moved
SET p.shownCountry = country, p.shownTitle = title
// Shown with another country now: the keys of their events' participations (write/participant-keys.cypher,
// the same expression) name it. Rare: a leader's country stays.
WITH p WHERE moved
MATCH (p)-[:PARTICIPATED_IN]->(e)
WITH DISTINCT e
MATCH (e)<-[x:PARTICIPATED_IN]-(a)
SET x.countryKey = CASE WHEN e.sortKey IS NOT NULL AND COUNT { (e)<-[:PARTICIPATED_IN]-() } >= 2
      AND (e.type <> 'VISIT' OR EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) })
      AND EXISTS { (e)-[:REPORTED_IN]->(:Document) }
    THEN CASE WHEN a:Country THEN a.iso3 ELSE a.shownCountry END + '|' + e.sortKey END;
