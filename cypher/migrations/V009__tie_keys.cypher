// The ties answer's keys (write/tie-keys.cypher says what they hold and why): on each edge
// (x)-[:TIE_KEY]->(f) from a participant or party x of an event or agreement f, pairKey (country A, '|',
// country B, '|', the date and the tie) and, on one edge per x, f and A, sideKey (A, '|', the date and the
// tie). Indexed: the ties between A and B, or every tie of A, are read from A's (and B's) first key in the
// answer's order and stop after the page (queries/ties.cypher), instead of reading both sides whole.
CREATE INDEX tie_pair_key IF NOT EXISTS FOR ()-[k:TIE_KEY]-() ON (k.pairKey);
CREATE INDEX tie_side_key IF NOT EXISTS FOR ()-[k:TIE_KEY]-() ON (k.sideKey);
// Stores written before this migration: the countries each person has a role in (the expression of
// write/role-countries.cypher), in transactions of 10,000 persons.
MATCH (p:Person)
CALL (p) {
  WITH p, COLLECT { MATCH (p)-[:HOLDS_ROLE]->(c:Country) WITH DISTINCT c.iso3 AS iso3 ORDER BY iso3 RETURN iso3 } AS countries
  SET p.roleCountries = CASE WHEN size(countries) = 0 THEN null ELSE countries END
} IN TRANSACTIONS OF 10000 ROWS;
// Then the keys of every event and every agreement, made again from scratch (the expression of
// write/tie-keys.cypher), in transactions of 10,000: the same result when run again, so each statement is
// idempotent on its own.
MATCH (f:Event)
CALL (f) {
  CALL (f) {
    MATCH (f)<-[k:TIE_KEY]-()
    DELETE k
  }
  WITH f WHERE EXISTS { (f)-[:REPORTED_IN]->(:Document) }
  MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(x)
  WITH f, collect({x: x, sides: CASE WHEN x:Country THEN [x.iso3] WHEN f:Agreement THEN [] ELSE coalesce(x.roleCountries, []) END}) AS parts
  UNWIND parts AS part
  WITH f, part.x AS x, part.sides AS sides,
       reduce(o = [], q IN parts | o + CASE WHEN q.x = part.x THEN [] ELSE q.sides END) AS others
  UNWIND sides AS a
  UNWIND others AS b
  WITH DISTINCT f, x, a, b WHERE a <> b
  WITH f, x, a, collect(b) AS bs, min(b) AS first,
       CASE WHEN f.date IS NULL THEN '\u0002' ELSE '\u0001' + f.date END
       + coalesce('\u0001' + CASE WHEN f:Agreement THEN 'AGREEMENT ' + f.status ELSE f.type END, '\u0002') AS rank
  UNWIND bs AS b
  CREATE (x)-[:TIE_KEY {pairKey: a + '|' + b + '|' + rank, sideKey: CASE WHEN b = first THEN a + '|' + rank END}]->(f)
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (f:Agreement)
CALL (f) {
  CALL (f) {
    MATCH (f)<-[k:TIE_KEY]-()
    DELETE k
  }
  WITH f WHERE EXISTS { (f)-[:REPORTED_IN]->(:Document) }
  MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(x)
  WITH f, collect({x: x, sides: CASE WHEN x:Country THEN [x.iso3] WHEN f:Agreement THEN [] ELSE coalesce(x.roleCountries, []) END}) AS parts
  UNWIND parts AS part
  WITH f, part.x AS x, part.sides AS sides,
       reduce(o = [], q IN parts | o + CASE WHEN q.x = part.x THEN [] ELSE q.sides END) AS others
  UNWIND sides AS a
  UNWIND others AS b
  WITH DISTINCT f, x, a, b WHERE a <> b
  WITH f, x, a, collect(b) AS bs, min(b) AS first,
       CASE WHEN f.date IS NULL THEN '\u0002' ELSE '\u0001' + f.date END
       + coalesce('\u0001' + CASE WHEN f:Agreement THEN 'AGREEMENT ' + f.status ELSE f.type END, '\u0002') AS rank
  UNWIND bs AS b
  CREATE (x)-[:TIE_KEY {pairKey: a + '|' + b + '|' + rank, sideKey: CASE WHEN b = first THEN a + '|' + rank END}]->(f)
} IN TRANSACTIONS OF 10000 ROWS;
