// Which officials met: meetings, and visits where the visitor met a named host.
// Parameters (null = any). In Neo4j Browser first run e.g.:
//   :params {year: 2019, country: null, person: null, skip: null, limit: null}
// country: ISO3 code or name of a participant's country; person: a participant's name or alias.
// skip/limit: a page of the answer (null = from the first row / every row).
// The events are found from the most selective filter given — the persons the name finds (text index
// on Person.searchKey), else the country and its officials, else the (year, type) index — so the
// planner never scans every event when a filter is given; every filter is then checked exactly below.
CALL () {
  // Each branch starts with a guard on the parameters: the planner runs its MATCH only when the guard
  // passes (a WHERE on parameters after a MATCH would still run the scan and filter its rows).
  WITH 1 AS guard WHERE $person IS NOT NULL
  MATCH (p:Person) WHERE p.searchKey CONTAINS toLower($person)
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NOT NULL
  MATCH (c:Country) WHERE c.iso3 = toUpper($country) OR toLower(c.name) = toLower($country)
  // The country itself, and its officials.
  CALL (c) {
    MATCH (c)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    MATCH (c)<-[:HOLDS_ROLE]-(:Person)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
  }
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NULL AND $year IS NOT NULL
  MATCH (e:Event) WHERE e.year = $year AND e.type IN ['MEETING', 'VISIT']
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NULL AND $year IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH e
WHERE e.type IN ['MEETING', 'VISIT'] AND ($year IS NULL OR e.year = $year)
CALL (e) {
  MATCH (a)-[x:PARTICIPATED_IN]->(e)
  // One HOLDS_ROLE expansion per participant; its country roles and its organization roles are picked
  // from it below. A stated title ("President") before the generic "Leader" that "Erdoğan's Turkey" gives.
  OPTIONAL MATCH (a:Person)-[h:HOLDS_ROLE]->(t)
  WITH a, x, h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
  WITH a, x, head(collect(CASE WHEN t:Country THEN {title: h.title, country: t.iso3, countryName: t.name} END)) AS role,
       // The organization title stated by the most documents (ties: alphabetically first).
       reduce(best = null, r IN collect(CASE WHEN t:Organization THEN {title: h.title, n: size(coalesce(h.sources, []))} END) |
              CASE WHEN best IS NULL OR r.n > best.n OR (r.n = best.n AND r.title < best.title) THEN r ELSE best END).title AS orgTitle
  ORDER BY a.name
  RETURN collect({
    name: a.name,
    title: coalesce(role.title, orgTitle),
    country: CASE WHEN a:Country THEN a.iso3 ELSE role.country END,
    countryName: CASE WHEN a:Country THEN a.name ELSE role.countryName END,
    aliases: coalesce(a.aliases, []),
    isPerson: a:Person,
    part: x.role
  }) AS participants
}
WITH e, participants
WHERE size(participants) >= 2
  AND (e.type = 'MEETING' OR any(p IN participants WHERE p.isPerson AND p.part = 'host'))
  AND ($country IS NULL OR any(p IN participants WHERE p.country = toUpper($country)
                                 OR toLower(p.countryName) = toLower($country)))
  AND ($person IS NULL OR any(p IN participants WHERE p.isPerson AND (toLower(p.name) CONTAINS toLower($person)
                                 OR any(x IN p.aliases WHERE toLower(x) = toLower($person)))))
MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH e, participants, d ORDER BY d.id
RETURN e.date AS date, e.datePrecision AS datePrecision, e.year AS year, e.place AS place, e.type AS type,
       [p IN participants | {name: p.name, title: p.title, country: p.country}] AS participants,
       collect(d.id) AS sources
ORDER BY year, date, place, type, [p IN participants | p.name]
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 9223372036854775807);
