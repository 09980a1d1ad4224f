// Documents mentioning an entity (person, country, organization or city by name, alias or ISO3);
// null = every mention.
//   :params {entity: 'Venezuela'}
MATCH (n)
WHERE (n:Person OR n:Country OR n:Organization OR n:City)
  AND ($entity IS NULL OR toLower(n.name) = toLower($entity) OR n.iso3 = toUpper($entity)
       OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = toLower($entity)))
MATCH (d:Document)-[m:MENTIONS]->(n)
RETURN d.id AS document, d.title AS title, d.source AS source, d.published AS published, n.name AS entity,
       m.count AS mentions
ORDER BY published, document, entity;
