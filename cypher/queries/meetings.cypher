// Which officials met: meetings, and visits where the visitor met a named host.
// Parameters (null = any). In Neo4j Browser first run e.g.:
//   :params {year: 2019, country: null, person: null}
// country: ISO3 code or name of a participant's country; person: a participant's name or alias.
MATCH (e:Event)
WHERE e.type IN ['MEETING', 'VISIT'] AND ($year IS NULL OR e.year = $year)
CALL (e) {
  MATCH (a)-[x:PARTICIPATED_IN]->(e)
  OPTIONAL MATCH (a:Person)-[h:HOLDS_ROLE]->(c:Country)
  OPTIONAL MATCH (a:Person)-[ho:HOLDS_ROLE]->(o:Organization)
  // A stated title ("President") before the generic "Leader" that "Erdoğan's Turkey" gives.
  WITH a, x, h, c, ho ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, size(coalesce(ho.sources, [])) DESC, ho.title
  WITH a, x, head(collect(DISTINCT {title: h.title, country: c.iso3, countryName: c.name})) AS role,
       head(collect(DISTINCT ho.title)) AS orgTitle
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
ORDER BY year, date, place, type, [p IN participants | p.name];
