// Timeline of a person: every event they took part in, oldest first (null = every person's).
//   :params {person: 'Lavrov', skip: null, limit: null}
// skip/limit: a page of the answer (null = from the first row / every row).
// The person is found through the text index on searchKey (every spelling, lower-cased), then checked exactly.
CALL () {
  // A guard on the parameters first: the planner runs a branch's MATCH only when its guard passes.
  WITH 1 AS guard WHERE $person IS NOT NULL
  MATCH (p:Person) WHERE p.searchKey CONTAINS toLower($person)
  RETURN p
  UNION
  WITH 1 AS guard WHERE $person IS NULL
  MATCH (p:Person)
  RETURN p
}
WITH p
WHERE $person IS NULL OR toLower(p.name) = toLower($person) OR toLower(p.name) CONTAINS toLower($person)
   OR any(x IN p.aliases WHERE toLower(x) = toLower($person))
MATCH (p)-[x:PARTICIPATED_IN]->(e:Event)
CALL (e, p) {
  OPTIONAL MATCH (o)-[:PARTICIPATED_IN]->(e) WHERE o <> p
  WITH o ORDER BY o.name
  RETURN collect(o.name) AS others
}
MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH p, e, x, others, d ORDER BY d.id
RETURN p.name AS person, e.date AS date, e.datePrecision AS datePrecision, e.year AS year, e.type AS type,
       x.role AS role, e.place AS place, others, collect(d.id) AS sources
ORDER BY year, date, type, place, person
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903);
