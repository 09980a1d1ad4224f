// Every tie between two countries (ISO3 or name): shared events, agreements and standing relations,
// directly or through their officials. null = any: {country: 'Russia', other: null} is every tie of Russia.
//   :params {country: 'Russia', other: 'Venezuela', skip: null, limit: null}
// skip/limit: a page of the answer (null = from the first row / every row).
// Anchored on the two countries: each side is the country and the persons holding a role in it, and
// the events, agreements and relations are walked to from those sides (never a scan of every node).
MATCH (a:Country), (b:Country)
WHERE a <> b
  AND ($country IS NULL OR a.iso3 = toUpper($country) OR toLower(a.name) = toLower($country))
  AND ($other IS NULL OR b.iso3 = toUpper($other) OR toLower(b.name) = toLower($other))
  // With both open, each pair once.
  AND NOT ($country IS NULL AND $other IS NULL AND a.iso3 > b.iso3)
CALL (a, b) {
  // Shared events: those of each side are read once and joined on the event (a hash join), rather than
  // checking the other participant of each of one side's events against the other country.
  CALL (a, b) {
    MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
    RETURN a AS x, e, b AS y
    UNION
    MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)-[:HOLDS_ROLE]->(b)
    RETURN a AS x, e, y
    UNION
    MATCH (a)<-[:HOLDS_ROLE]-(x:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
    RETURN x, e, b AS y
    UNION
    MATCH (a)<-[:HOLDS_ROLE]-(x:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)-[:HOLDS_ROLE]->(b)
    USING JOIN ON e
    RETURN x, e, y
  }
  MATCH (e)-[:REPORTED_IN]->(d:Document)
  RETURN DISTINCT e.type AS tie, e.date AS date, x.name + ' – ' + y.name AS between, collect(DISTINCT d.id) AS sources
  UNION
  MATCH (a)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(b)
  MATCH (g)-[:REPORTED_IN]->(d:Document)
  RETURN 'AGREEMENT ' + g.status AS tie, g.date AS date, a.name + ' – ' + b.name AS between, collect(DISTINCT d.id) AS sources
  UNION
  CALL (a) {
    RETURN a AS x
    UNION
    MATCH (a)<-[:HOLDS_ROLE]-(x:Person)
    RETURN x
  }
  MATCH (x)-[r:SUPPORTS|ALLIED_WITH|OPPOSES|SANCTIONS]-(y)
  WHERE y = b OR (y)-[:HOLDS_ROLE]->(b)
  RETURN type(r) AS tie, null AS date, startNode(r).name + ' → ' + endNode(r).name AS between, r.sources AS sources
}
RETURN tie, date, between, sources
ORDER BY date, tie, between
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903);
