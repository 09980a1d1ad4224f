// Stored persons that may be the same as persons of the documents being written: their surname (or the
// family name before it, for "López Obrador") is one of the words of a new name.
UNWIND $surnames AS key
MATCH (p:Person)
WHERE p.surname = key OR p.familyName = key
WITH DISTINCT p
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(c:Country)
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, collect(DISTINCT c.iso3) AS countries;
