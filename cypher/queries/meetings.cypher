// Which officials met: meetings, and visits where the visitor met a named host.
// Parameters (null = any). In Neo4j Browser first run e.g.:
//   :params {year: 2019, country: null, person: null, skip: null, limit: null}
// country: ISO3 code or name of a participant's country; person: a participant's name or alias.
// skip/limit: a page of the answer (null = from the first row / every row).
// Sorted by year, date, place, type, then the event's signature (its type and its persons' ids) and id:
// keys of the event itself, so a page is cut before its participants are read.
// The events are found from the most selective filter given — the persons the name finds (text index
// on Person.searchKey), else the country and its officials, else the (year, type, date) index — so the
// planner never scans every event when a filter is given. Every condition is checked on the event
// itself, the page is cut, and only then are the page's participants and sources read.
CALL () {
  // Each branch starts with a guard on the parameters: the planner runs its MATCH only when the guard
  // passes (a WHERE on parameters after a MATCH would still run the scan and filter its rows).
  WITH 1 AS guard WHERE $person IS NOT NULL
  // The name is checked exactly on each person the index finds, once per person rather than per event.
  MATCH (p:Person) WHERE p.searchKey CONTAINS toLower($person)
  WITH p WHERE toLower(p.name) CONTAINS toLower($person)
            OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($person))
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NOT NULL
  MATCH (c:Country) WHERE c.iso3 = toUpper($country) OR toLower(c.name) = toLower($country)
  // The country itself, and its officials whose country is this one: a person's country is the one of
  // the role shown with them (the first country role in the order of the participants' roles below).
  CALL (c) {
    MATCH (c)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    MATCH (c)<-[:HOLDS_ROLE]-(p:Person)
    WITH DISTINCT p
    WITH p, COLLECT {
      MATCH (p)-[h:HOLDS_ROLE]->(t:Country)
      WITH h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
      RETURN t
    }[0] AS shown
    WHERE shown.iso3 = toUpper($country) OR toLower(shown.name) = toLower($country)
    MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
  }
  RETURN e
  UNION
  // A year alone: the (year, type, date) index gives the year's meetings, then its visits, each in date
  // order, so each is cut to the page here after reading about a page of events instead of sorting the
  // year (every event with a year has a date: both come from the same report). The listing conditions
  // of below are in a CASE so that they run cheapest first. The hints keep this plan on a small graph
  // too, where a scan would look as cheap to the planner.
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NULL AND $year IS NOT NULL
  CALL () {
    MATCH (e:Event) USING INDEX e:Event(year, type, date)
    WHERE e.year = $year AND e.type = 'MEETING' AND e.date IS NOT NULL
    WITH e WHERE CASE
      WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
      ELSE EXISTS { (e)-[:REPORTED_IN]->(:Document) } END
    // The order of the answer, as the type is fixed here (and the order the index gives).
    ORDER BY e.year, e.type, e.date, e.place, e.signature, e.id
    LIMIT CASE WHEN $limit IS NULL THEN 9223372036854775807 ELSE coalesce($skip, 0) + $limit END
    RETURN e
    UNION
    MATCH (e:Event) USING INDEX e:Event(year, type, date)
    WHERE e.year = $year AND e.type = 'VISIT' AND e.date IS NOT NULL
    WITH e WHERE CASE
      WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
      WHEN NOT EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) } THEN false
      ELSE EXISTS { (e)-[:REPORTED_IN]->(:Document) } END
    ORDER BY e.year, e.type, e.date, e.place, e.signature, e.id
    LIMIT CASE WHEN $limit IS NULL THEN 9223372036854775807 ELSE coalesce($skip, 0) + $limit END
    RETURN e
  }
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NULL AND $year IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH e
// What makes an event a listed meeting, checked on the event: two participants or more, a visit only
// with a host who is a person, reported by a document.
WHERE e.type IN ['MEETING', 'VISIT'] AND ($year IS NULL OR e.year = $year)
  AND COUNT { (e)<-[:PARTICIPATED_IN]-() } >= 2
  AND (e.type = 'MEETING' OR EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) })
  AND EXISTS { (e)-[:REPORTED_IN]->(:Document) }
  // A person and a country together: the person's events, of which those with a participant of the country.
  AND ($person IS NULL OR $country IS NULL OR EXISTS {
    MATCH (a)-[:PARTICIPATED_IN]->(e)
    WHERE (a:Country AND (a.iso3 = toUpper($country) OR toLower(a.name) = toLower($country)))
       OR (a:Person AND any(t IN COLLECT {
             MATCH (a)-[h:HOLDS_ROLE]->(t:Country)
             WITH h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
             RETURN t
           }[0..1] WHERE t.iso3 = toUpper($country) OR toLower(t.name) = toLower($country)))
  })
WITH e ORDER BY e.year, e.date, e.place, e.type, e.signature, e.id
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 9223372036854775807)
// The page's rows only: their participants and sources.
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
    country: CASE WHEN a:Country THEN a.iso3 ELSE role.country END
  }) AS participants
}
CALL (e) {
  MATCH (e)-[:REPORTED_IN]->(d:Document)
  WITH d ORDER BY d.id
  RETURN collect(d.id) AS sources
}
RETURN e.date AS date, e.datePrecision AS datePrecision, e.year AS year, e.place AS place, e.type AS type,
       participants, sources
ORDER BY year, date, place, type, e.signature, e.id;
