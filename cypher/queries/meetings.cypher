// Which officials met: meetings, and visits where the visitor met a named host.
// Parameters (null = any). In Neo4j Browser first run e.g.:
//   :params {year: 2019, country: null, person: null, skip: null, limit: null}
// country: ISO3 code or name of a participant's country; person: a participant's name or alias.
// skip/limit: a page of the answer (null = from the first row / every row).
// Sorted by year, date, place, type, then the event's signature (its type and its persons' ids) and id:
// one property of each meeting and visit, e.sortKey, holds that order (kept by write/event-summary.cypher,
// indexed; migrations/V007__event_sort_key.cypher), so a page is cut before its participants are read.
// Only meetings and visits have a key: "has a key" is the type check. The key starts with the year
// ('\u0001' + four digits), so "of the year" is `sortKey STARTS WITH` that prefix ('' with no year).
// The events are found from the most selective filter given — the persons the name finds (text index
// on Person.searchKey), else the country's keys on the participation edges (countryKey index), else the
// sortKey index itself, read in its order from the year's first key (or the first key of all) — so the
// planner never scans every event.
// Each branch orders its candidates on the one key and only then checks the rest of what makes an event
// a listed meeting (two participants or more, a visit only with a host who is a person, reported by a
// document), in that order, until it has its page: those checks cost more than the key, and most
// candidates are never looked at. The page's participants and sources are read last.
CALL () {
  // Each branch starts with a guard on the parameters: the planner runs its MATCH only when the guard
  // passes (a WHERE on parameters after a MATCH would still run the scan and filter its rows). Neo4j
  // still plans every branch, so the query library sends it only the branch whose guard passes
  // (query/GuardedBranches.java): keep each guard the first line of its branch, in this form.
  WITH 1 AS guard WHERE $person IS NOT NULL
  // The name is checked exactly on each person the index finds, once per person rather than per event.
  MATCH (p:Person) WHERE p.searchKey CONTAINS toLower($person)
  WITH p WHERE toLower(p.name) CONTAINS toLower($person)
            OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($person))
  // PARTICIPATED_IN always ends at an Event (write/events.cypher): no label check per event.
  MATCH (p)-[:PARTICIPATED_IN]->(e)
  WITH DISTINCT e WHERE e.sortKey STARTS WITH coalesce('\u0001' + right('000' + toString(toInteger($year)), 4), '')
  WITH e ORDER BY e.sortKey
  WITH e WHERE CASE
    WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
    WHEN e.type = 'VISIT' AND NOT EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) } THEN false
    WHEN NOT EXISTS { (e)-[:REPORTED_IN]->(:Document) } THEN false
    WHEN $country IS NULL THEN true
    // A person and a country together: the person's events with a participant of the country (the
    // country itself, or a person whose shown country, p.shownCountry, is it).
    ELSE EXISTS {
      MATCH (a)-[:PARTICIPATED_IN]->(e)
      WHERE (a:Country AND (a.iso3 = toUpper($country) OR toLower(a.name) = toLower($country)))
         OR a.shownCountry = toUpper($country)
         OR EXISTS { MATCH (t:Country {iso3: a.shownCountry}) WHERE toLower(t.name) = toLower($country) }
    } END
  WITH e ORDER BY e.sortKey
  LIMIT CASE WHEN $limit IS NULL THEN 4611686018427387903 ELSE coalesce($skip, 0) + $limit END
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NOT NULL
  MATCH (c:Country) WHERE c.iso3 = toUpper($country) OR toLower(c.name) = toLower($country)
  // The events with a participant of the country, in the answer's order: each participation in a
  // meeting or a visit this answer lists (two participants or more, a visit only with a host who is a
  // person, reported by a document) holds its participant's country (the country itself, or the one
  // shown with a person: Person.shownCountry, write/person-summary.cypher), '|' and the event's sortKey
  // in one indexed property (write/participant-keys.cypher; migrations/V008__person_summary.cypher).
  // The country's page is read from that index in order, from the country's (and year's) first key,
  // and stops after the page: no official is gathered, no event checked, none outside the page read.
  // An event with two participants of the country comes twice in a row (the same key): DISTINCT.
  // (In a subquery per country: the index gives its order there, where the country is one argument.)
  CALL (c) {
    MATCH ()-[part:PARTICIPATED_IN]->(e) USING INDEX SEEK part:PARTICIPATED_IN(countryKey)
    WHERE part.countryKey STARTS WITH c.iso3 + '|' + coalesce('\u0001' + right('000' + toString(toInteger($year)), 4), '')
    WITH e, part ORDER BY part.countryKey
    WITH DISTINCT e, part.countryKey AS key
    WITH e ORDER BY key
    LIMIT CASE WHEN $limit IS NULL THEN 4611686018427387903 ELSE coalesce($skip, 0) + $limit END
    RETURN e
  }
  RETURN e
  UNION
  // A year, or nothing: the sortKey index from the year's first key ('' = every key), in its order, so
  // the page stops after about a page of events instead of sorting the year (or the graph). The hint
  // keeps this plan on a small graph too, where a scan would look as cheap to the planner.
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NULL
  MATCH (e:Event) USING INDEX e:Event(sortKey)
  WHERE e.sortKey STARTS WITH coalesce('\u0001' + right('000' + toString(toInteger($year)), 4), '')
  WITH e WHERE CASE
    WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
    WHEN e.type = 'VISIT' AND NOT EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) } THEN false
    ELSE EXISTS { (e)-[:REPORTED_IN]->(:Document) } END
  WITH e ORDER BY e.sortKey
  LIMIT CASE WHEN $limit IS NULL THEN 4611686018427387903 ELSE coalesce($skip, 0) + $limit END
  RETURN e
}
// Each branch gave its first skip + limit events; order does not survive a UNION, so once more here.
WITH e ORDER BY e.sortKey
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903)
// The page's rows only: their participants and sources. A person is shown with the role kept on them
// (write/person-summary.cypher: the first country role, a stated title before the generic "Leader"
// that "Erdoğan's Turkey" gives, else the organization title stated by the most documents).
CALL (e) {
  MATCH (a)-[:PARTICIPATED_IN]->(e)
  WITH a ORDER BY a.name
  RETURN collect({
    name: a.name,
    title: a.shownTitle,
    country: CASE WHEN a:Country THEN a.iso3 ELSE a.shownCountry END
  }) AS participants
}
CALL (e) {
  MATCH (e)-[:REPORTED_IN]->(d:Document)
  WITH d ORDER BY d.id
  RETURN collect(d.id) AS sources
}
RETURN e.date AS date, e.datePrecision AS datePrecision, e.year AS year, e.place AS place, e.type AS type,
       participants, sources
ORDER BY e.sortKey;
