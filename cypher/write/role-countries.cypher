// The countries a person holds a role in (HOLDS_ROLE to a Country), ISO3 codes sorted, kept on the person
// as roleCountries (null with none): the sides the ties answer puts them on (a country's side is the
// country and every person with a role in it). The tie keys of their events (write/tie-keys.cypher) are
// made from it. Run after the roles are written and after a retraction, for the persons whose countries may
// have changed (those the batch gave a role in a country they had no edge to, as write/persons.cypher
// returns them; those a retracted document mentions).
// Returns the events of the persons whose countries changed: their tie keys name the old countries and
// are made again (write/tie-keys.cypher). Rare: a leader's country stays. The same expression fills older
// stores: migrations/V009__tie_keys.cypher.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p, COLLECT { MATCH (p)-[:HOLDS_ROLE]->(c:Country) WITH DISTINCT c.iso3 AS iso3 ORDER BY iso3 RETURN iso3 } AS countries
WITH p, coalesce(p.roleCountries, []) <> countries AS moved,
     CASE WHEN size(countries) = 0 THEN null ELSE countries END AS countries
SET p.roleCountries = countries
WITH p WHERE moved
MATCH (p)-[:PARTICIPATED_IN]->(e)
RETURN collect(DISTINCT e.id) AS events;
