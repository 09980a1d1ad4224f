// Timeline of a person: every event they took part in, oldest first (null = every person's).
//   :params {person: 'Lavrov'}
MATCH (p:Person)
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
ORDER BY year, date, type, place, person;
