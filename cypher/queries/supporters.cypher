// Who supports or is allied with an entity (person, country or organization, by name, alias or ISO3);
// null = every supporter of anyone.
//   :params {entity: 'Maduro', skip: null, limit: null}
// skip/limit: a page of the answer (null = from the first row / every row).
// The entity is looked up per label (persons through the text index on searchKey), and checked exactly
// below; with no entity the SUPPORTS and ALLIED_WITH edges are read by type.
CALL () {
  // A guard on the parameters first: the planner runs a branch's MATCH only when its guard passes.
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (target:Person) WHERE target.searchKey CONTAINS '|' + toLower($entity) + '|'
  RETURN target
  UNION
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (target:Country) WHERE (target.iso3 = toUpper($entity) OR toLower(target.name) = toLower($entity))
  RETURN target
  UNION
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (target:Organization) WHERE toLower(target.name) = toLower($entity)
  RETURN target
  UNION
  WITH 1 AS guard WHERE $entity IS NULL
  MATCH ()-[:SUPPORTS|ALLIED_WITH]->(target)
  WHERE (target:Person OR target:Country OR target:Organization)
  RETURN DISTINCT target
}
WITH target
WHERE $entity IS NULL OR toLower(target.name) = toLower($entity) OR target.iso3 = toUpper($entity)
   OR any(x IN coalesce(target.aliases, []) WHERE toLower(x) = toLower($entity))
MATCH (s)-[r:SUPPORTS|ALLIED_WITH]->(target)
RETURN s.name AS supporter, labels(s)[0] AS kind, type(r) AS relation, target.name AS supported,
       r.sources AS sources, r.quote AS quote
ORDER BY supporter, relation, supported
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903);
