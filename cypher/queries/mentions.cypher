// Documents mentioning an entity (person, country, organization or city by name, alias or ISO3);
// null = every mention.
//   :params {entity: 'Venezuela', skip: null, limit: null}
// skip/limit: a page of the answer (null = from the first row / every row).
// The entity is looked up per label (persons through the text index on searchKey), then checked exactly.
CALL () {
  // A guard on the parameters first: the planner runs a branch's MATCH only when its guard passes.
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (n:Person) WHERE n.searchKey CONTAINS '|' + toLower($entity) + '|'
  RETURN n
  UNION
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (n:Country) WHERE (n.iso3 = toUpper($entity) OR toLower(n.name) = toLower($entity))
  RETURN n
  UNION
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (n:Organization) WHERE toLower(n.name) = toLower($entity)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (n:City) WHERE toLower(n.name) = toLower($entity)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $entity IS NULL
  MATCH (n)
  WHERE (n:Person OR n:Country OR n:Organization OR n:City)
  RETURN n
}
WITH n
WHERE $entity IS NULL OR toLower(n.name) = toLower($entity) OR n.iso3 = toUpper($entity)
   OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($entity))
MATCH (d:Document)-[m:MENTIONS]->(n)
RETURN d.id AS document, d.title AS title, d.source AS source, d.published AS published, n.name AS entity,
       m.count AS mentions
ORDER BY published, document, entity
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903);
