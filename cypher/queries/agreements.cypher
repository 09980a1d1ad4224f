// Agreements signed or planned, optionally between two given countries (ISO3 or name).
//   :params {country: 'Russia', other: 'Venezuela', skip: null, limit: null}
// skip/limit: a page of the answer (null = from the first row / every row).
// The agreements are found from a country given (its PARTY_TO edges), every agreement only when none is.
CALL () {
  // A guard on the parameters first: the planner runs a branch's MATCH only when its guard passes.
  WITH coalesce($country, $other) AS given WHERE given IS NOT NULL
  // The country on its own first, then its agreements: never a scan of every PARTY_TO edge.
  CALL (given) {
    MATCH (c:Country) WHERE c.iso3 = toUpper(given) OR toLower(c.name) = toLower(given)
    RETURN c
  }
  MATCH (c)-[:PARTY_TO]->(a:Agreement)
  RETURN a
  UNION
  WITH 1 AS guard WHERE $country IS NULL AND $other IS NULL
  MATCH (a:Agreement)
  RETURN a
}
WITH a
CALL (a) {
  MATCH (c:Country)-[:PARTY_TO]->(a)
  RETURN collect(c.iso3) AS parties, collect(toLower(c.name)) AS names
}
WITH a, parties, names
WHERE ($country IS NULL OR toUpper($country) IN parties OR toLower($country) IN names)
  AND ($other IS NULL OR toUpper($other) IN parties OR toLower($other) IN names)
MATCH (a)-[r:REPORTED_IN]->(d:Document)
WITH a, parties, r, d ORDER BY d.id
RETURN a.status AS status, a.count AS count, a.date AS date, a.datePrecision AS datePrecision, a.year AS year,
       a.topics AS topics, parties, collect(d.id) AS sources, head(collect(r.quote)) AS quote
ORDER BY year, date, status, count, parties
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903);
