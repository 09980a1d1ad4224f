// Every tie between two countries (ISO3 or name): shared events, agreements and standing relations,
// directly or through their officials. null = any: {country: 'Russia', other: null} is every tie of Russia.
//   :params {country: 'Russia', other: 'Venezuela', skip: null, limit: null}
// skip/limit: a page of the answer (null = from the first row / every row).
// Sorted by date (null last), tie, between. A country's side is the country and every person with a role
// in it; a row is one tie between the two sides (with one country given, one per other country, so a tie
// with a person of two other countries comes twice), its sources sorted.
// With a country given, the dated ties (events and agreements) are read from the tie keys
// (write/tie-keys.cypher, migrations/V009__tie_keys.cypher) in the answer's order, from the country's (or
// the pair's) first key, and the read stops once the page is known: the first skip + limit rows end at
// some date and tie; every key up to that one is read again and its rows built, the rest never. Standing
// relations have no date (they come last) and are read only when the dated rows do not fill the page.
// With only `other` given, or nothing, the first form: every pair of countries, both sides read whole.
CALL () {
  // Each branch starts with a guard on the parameters: the planner runs its MATCH only when it passes.
  WITH 1 AS guard WHERE $country IS NOT NULL AND $other IS NOT NULL
  // The countries on their own first (a name is compared over the countries, a few hundred at most).
  CALL () {
    MATCH (a:Country) WHERE a.iso3 = toUpper($country) OR toLower(a.name) = toLower($country)
    RETURN a
  }
  CALL () {
    MATCH (b:Country) WHERE b.iso3 = toUpper($other) OR toLower(b.name) = toLower($other)
    RETURN b
  }
  WITH a, b WHERE a <> b
  WITH a, b, a.iso3 + '|' + b.iso3 + '|' AS prefix
  // The page's last key: the pair's keys in order, each with the names of the tie (x on a's side holds the
  // key; y, another participant or party on b's side, is found on the event), until skip + limit distinct
  // (key, names) — distinct rows of the answer — are seen. No page: no bound, every key of the pair.
  CALL (b, prefix) {
    WITH b, prefix WHERE $limit IS NOT NULL
    MATCH (x)-[k:TIE_KEY]->(f) USING INDEX SEEK k:TIE_KEY(pairKey)
    WHERE k.pairKey STARTS WITH prefix
    WITH b, x, f, k ORDER BY k.pairKey
    MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(y)
    WHERE y <> x AND b.iso3 IN CASE WHEN y:Country THEN [y.iso3] WHEN f:Agreement THEN [] ELSE coalesce(y.roleCountries, []) END
    WITH DISTINCT k.pairKey AS key, x.name + ' – ' + y.name AS between
    WITH key ORDER BY key
    LIMIT CASE WHEN $limit IS NULL THEN 0 ELSE coalesce($skip, 0) + $limit END
    RETURN max(key) AS last
  }
  // Every key up to the last one (all of the pair's without a page: '}' follows '|'), and its rows.
  CALL (b, prefix, last) {
    WITH b, prefix, CASE WHEN $limit IS NULL THEN left(prefix, size(prefix) - 1) + '}' ELSE last END AS upTo
    MATCH (x)-[k:TIE_KEY]->(f) USING INDEX SEEK k:TIE_KEY(pairKey)
    WHERE k.pairKey > prefix AND k.pairKey <= upTo
    MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(y)
    WHERE y <> x AND b.iso3 IN CASE WHEN y:Country THEN [y.iso3] WHEN f:Agreement THEN [] ELSE coalesce(y.roleCountries, []) END
    WITH DISTINCT x, f, y
    MATCH (f)-[:REPORTED_IN]->(d:Document)
    WITH x, f, y, d ORDER BY d.id
    WITH CASE WHEN f:Agreement THEN 'AGREEMENT ' + f.status ELSE f.type END AS tie, f.date AS date,
         x.name + ' – ' + y.name AS between, collect(DISTINCT d.id) AS sources
    RETURN collect({tie: tie, date: date, between: between, sources: sources}) AS dated
  }
  CALL (a, b, dated) {
    UNWIND dated AS t
    RETURN t.tie AS tie, t.date AS date, t.between AS between, t.sources AS sources
    UNION
    // Standing relations, dateless, after every dated row: needed only when those do not fill the page.
    WITH a, b, dated WHERE $limit IS NULL OR size(dated) < coalesce($skip, 0) + $limit OR any(t IN dated WHERE t.date IS NULL)
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
  UNION ALL
  // One country: all its ties, with every other country. The same two steps on the country's side keys
  // (one per participant or party and event or agreement), the other country (b) taken from the other
  // participant's side; a row per other country.
  WITH 1 AS guard WHERE $country IS NOT NULL AND $other IS NULL
  CALL () {
    MATCH (a:Country) WHERE a.iso3 = toUpper($country) OR toLower(a.name) = toLower($country)
    RETURN a
  }
  WITH a, a.iso3 + '|' AS prefix
  CALL (a, prefix) {
    WITH a, prefix WHERE $limit IS NOT NULL
    MATCH (x)-[k:TIE_KEY]->(f) USING INDEX SEEK k:TIE_KEY(sideKey)
    WHERE k.sideKey STARTS WITH prefix
    WITH a, x, f, k ORDER BY k.sideKey
    MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(y)
    WHERE y <> x
    UNWIND CASE WHEN y:Country THEN [y.iso3] WHEN f:Agreement THEN [] ELSE coalesce(y.roleCountries, []) END AS b
    WITH a, k, x, y, b WHERE b <> a.iso3
    WITH DISTINCT k.sideKey AS key, b, x.name + ' – ' + y.name AS between
    WITH key ORDER BY key
    LIMIT CASE WHEN $limit IS NULL THEN 0 ELSE coalesce($skip, 0) + $limit END
    RETURN max(key) AS last
  }
  CALL (a, prefix, last) {
    WITH a, prefix, CASE WHEN $limit IS NULL THEN left(prefix, size(prefix) - 1) + '}' ELSE last END AS upTo
    MATCH (x)-[k:TIE_KEY]->(f) USING INDEX SEEK k:TIE_KEY(sideKey)
    WHERE k.sideKey > prefix AND k.sideKey <= upTo
    MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(y)
    WHERE y <> x
    UNWIND CASE WHEN y:Country THEN [y.iso3] WHEN f:Agreement THEN [] ELSE coalesce(y.roleCountries, []) END AS b
    WITH a, x, f, y, b WHERE b <> a.iso3
    WITH DISTINCT x, f, y, b
    MATCH (f)-[:REPORTED_IN]->(d:Document)
    WITH x, f, y, b, d ORDER BY d.id
    WITH b, CASE WHEN f:Agreement THEN 'AGREEMENT ' + f.status ELSE f.type END AS tie, f.date AS date,
         x.name + ' – ' + y.name AS between, collect(DISTINCT d.id) AS sources
    RETURN collect({tie: tie, date: date, between: between, sources: sources}) AS dated
  }
  CALL (a, dated) {
    UNWIND dated AS t
    RETURN t.tie AS tie, t.date AS date, t.between AS between, t.sources AS sources
    UNION ALL
    WITH a, dated WHERE $limit IS NULL OR size(dated) < coalesce($skip, 0) + $limit OR any(t IN dated WHERE t.date IS NULL)
    CALL (a) {
      RETURN a AS x
      UNION
      MATCH (a)<-[:HOLDS_ROLE]-(x:Person)
      RETURN x
    }
    MATCH (x)-[r:SUPPORTS|ALLIED_WITH|OPPOSES|SANCTIONS]-(y)
    UNWIND CASE WHEN y:Country THEN [y.iso3] ELSE coalesce(y.roleCountries, []) END AS b
    WITH a, r, b WHERE b <> a.iso3
    WITH DISTINCT b, type(r) AS tie, startNode(r).name + ' → ' + endNode(r).name AS between, r.sources AS sources
    RETURN tie, null AS date, between, sources
  }
  RETURN tie, date, between, sources
  UNION ALL
  // The first form, for `other` alone or nothing: every pair of countries, each side (the country and
  // the persons holding a role in it) read whole and joined on the event.
  WITH 1 AS guard WHERE $country IS NULL
  MATCH (a:Country), (b:Country)
  WHERE a <> b
    AND ($other IS NULL OR b.iso3 = toUpper($other) OR toLower(b.name) = toLower($other))
    // With both open, each pair once.
    AND NOT ($other IS NULL AND a.iso3 > b.iso3)
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
    WITH x, e, y, d ORDER BY d.id
    RETURN DISTINCT e.type AS tie, e.date AS date, x.name + ' – ' + y.name AS between, collect(DISTINCT d.id) AS sources
    UNION
    MATCH (a)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(b)
    MATCH (g)-[:REPORTED_IN]->(d:Document)
    WITH a, b, g, d ORDER BY d.id
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
}
RETURN tie, date, between, sources
ORDER BY date, tie, between
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903);
