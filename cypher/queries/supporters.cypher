// Who supports or is allied with an entity (person, country or organization, by name, alias or ISO3);
// null = every supporter of anyone.
//   :params {entity: 'Maduro'}
MATCH (target)
WHERE (target:Person OR target:Country OR target:Organization)
  AND ($entity IS NULL OR toLower(target.name) = toLower($entity) OR target.iso3 = toUpper($entity)
       OR any(x IN coalesce(target.aliases, []) WHERE toLower(x) = toLower($entity)))
MATCH (s)-[r:SUPPORTS|ALLIED_WITH]->(target)
RETURN s.name AS supporter, labels(s)[0] AS kind, type(r) AS relation, target.name AS supported,
       r.sources AS sources, r.quote AS quote
ORDER BY supporter, relation, supported;
