// Standing relations: SUPPORTS, ALLIED_WITH, OPPOSES, SANCTIONS between persons, countries and
// organizations, one statement per type (a relationship type cannot be a parameter; the writer runs the
// statement of each type its rows have). Each end is found by one small UNION look-up, which the
// planner compiles in milliseconds where a chain of OPTIONAL MATCHes took seconds.
UNWIND $rows AS row
WITH row WHERE row.type = 'SUPPORTS'
CALL (row) {
  MATCH (a:Person {id: row.fromPerson}) RETURN a
  UNION MATCH (a:Country {iso3: row.fromCountry}) RETURN a
  UNION MATCH (a:Organization {id: row.fromOrganization}) RETURN a
}
CALL (row) {
  MATCH (b:Person {id: row.toPerson}) RETURN b
  UNION MATCH (b:Country {iso3: row.toCountry}) RETURN b
  UNION MATCH (b:Organization {id: row.toOrganization}) RETURN b
}
WITH row, a, b WHERE a <> b
MERGE (a)-[r:SUPPORTS]->(b)
SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
    r.quote = coalesce(r.quote, row.quote);

UNWIND $rows AS row
WITH row WHERE row.type = 'ALLIED_WITH'
CALL (row) {
  MATCH (a:Person {id: row.fromPerson}) RETURN a
  UNION MATCH (a:Country {iso3: row.fromCountry}) RETURN a
  UNION MATCH (a:Organization {id: row.fromOrganization}) RETURN a
}
CALL (row) {
  MATCH (b:Person {id: row.toPerson}) RETURN b
  UNION MATCH (b:Country {iso3: row.toCountry}) RETURN b
  UNION MATCH (b:Organization {id: row.toOrganization}) RETURN b
}
WITH row, a, b WHERE a <> b
MERGE (a)-[r:ALLIED_WITH]->(b)
SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
    r.quote = coalesce(r.quote, row.quote);

UNWIND $rows AS row
WITH row WHERE row.type = 'OPPOSES'
CALL (row) {
  MATCH (a:Person {id: row.fromPerson}) RETURN a
  UNION MATCH (a:Country {iso3: row.fromCountry}) RETURN a
  UNION MATCH (a:Organization {id: row.fromOrganization}) RETURN a
}
CALL (row) {
  MATCH (b:Person {id: row.toPerson}) RETURN b
  UNION MATCH (b:Country {iso3: row.toCountry}) RETURN b
  UNION MATCH (b:Organization {id: row.toOrganization}) RETURN b
}
WITH row, a, b WHERE a <> b
MERGE (a)-[r:OPPOSES]->(b)
SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
    r.quote = coalesce(r.quote, row.quote);

UNWIND $rows AS row
WITH row WHERE row.type = 'SANCTIONS'
CALL (row) {
  MATCH (a:Person {id: row.fromPerson}) RETURN a
  UNION MATCH (a:Country {iso3: row.fromCountry}) RETURN a
  UNION MATCH (a:Organization {id: row.fromOrganization}) RETURN a
}
CALL (row) {
  MATCH (b:Person {id: row.toPerson}) RETURN b
  UNION MATCH (b:Country {iso3: row.toCountry}) RETURN b
  UNION MATCH (b:Organization {id: row.toOrganization}) RETURN b
}
WITH row, a, b WHERE a <> b
MERGE (a)-[r:SANCTIONS]->(b)
SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
    r.quote = coalesce(r.quote, row.quote);
