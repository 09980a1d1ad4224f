// Stored persons that may be the same as persons of the documents being written: their surname (or the
// family name before it, for "López Obrador") is one of the words of a new name.
// Each look-up names its index: the writer keeps its first plan (replan=skip), which may be made on an
// empty graph, where a scan of every person would cost the planner nothing.
CALL () {
  UNWIND $surnames AS key
  MATCH (p:Person) USING INDEX p:Person(surname)
  WHERE p.surname = key
  RETURN p
  UNION
  UNWIND $surnames AS key
  MATCH (p:Person) USING INDEX p:Person(familyName)
  WHERE p.familyName = key
  RETURN p
}
WITH DISTINCT p
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(c:Country)
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, collect(DISTINCT c.iso3) AS countries;
