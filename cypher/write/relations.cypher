// Standing relations: SUPPORTS, ALLIED_WITH, OPPOSES, SANCTIONS between persons, countries and
// organizations. Relationship types cannot be parameters in Cypher, hence one FOREACH per type.
UNWIND $rows AS row
OPTIONAL MATCH (fp:Person {id: row.fromPerson})
OPTIONAL MATCH (fc:Country {iso3: row.fromCountry})
OPTIONAL MATCH (fo:Organization {id: row.fromOrganization})
OPTIONAL MATCH (tp:Person {id: row.toPerson})
OPTIONAL MATCH (tc:Country {iso3: row.toCountry})
OPTIONAL MATCH (to:Organization {id: row.toOrganization})
WITH row, coalesce(fp, fc, fo) AS a, coalesce(tp, tc, to) AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
FOREACH (_ IN CASE WHEN row.type = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPORTS]->(b)
  SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
      r.quote = coalesce(r.quote, row.quote))
FOREACH (_ IN CASE WHEN row.type = 'ALLIED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:ALLIED_WITH]->(b)
  SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
      r.quote = coalesce(r.quote, row.quote))
FOREACH (_ IN CASE WHEN row.type = 'OPPOSES' THEN [1] ELSE [] END |
  MERGE (a)-[r:OPPOSES]->(b)
  SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
      r.quote = coalesce(r.quote, row.quote))
FOREACH (_ IN CASE WHEN row.type = 'SANCTIONS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SANCTIONS]->(b)
  SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
      r.quote = coalesce(r.quote, row.quote));
