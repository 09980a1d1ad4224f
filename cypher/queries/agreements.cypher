// Agreements signed or planned, optionally between two given countries (ISO3 or name).
//   :params {country: 'Russia', other: 'Venezuela'}
MATCH (a:Agreement)
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
ORDER BY year, date, status, count, parties;
