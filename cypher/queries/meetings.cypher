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
// on Person.searchKey), else the country and its officials, else the sortKey index itself, read in its
// order from the year's first key (or the first key of all) — so the planner never scans every event.
// Each branch orders its candidates on the one key and only then checks the rest of what makes an event
// a listed meeting (two participants or more, a visit only with a host who is a person, reported by a
// document), in that order, until it has its page: those checks cost more than the key, and most
// candidates are never looked at. The page's participants and sources are read last.
CALL () {
  // Each branch starts with a guard on the parameters: the planner runs its MATCH only when the guard
  // passes (a WHERE on parameters after a MATCH would still run the scan and filter its rows).
  WITH 1 AS guard WHERE $person IS NOT NULL
  // The name is checked exactly on each person the index finds, once per person rather than per event.
  MATCH (p:Person) WHERE p.searchKey CONTAINS toLower($person)
  WITH p WHERE toLower(p.name) CONTAINS toLower($person)
            OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($person))
  // PARTICIPATED_IN always ends at an Event (write/participants.cypher): no label check per event.
  MATCH (p)-[:PARTICIPATED_IN]->(e)
  WITH DISTINCT e WHERE e.sortKey STARTS WITH coalesce('\u0001' + right('000' + toString(toInteger($year)), 4), '')
  WITH e ORDER BY e.sortKey
  WITH e WHERE CASE
    WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
    WHEN e.type = 'VISIT' AND NOT EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) } THEN false
    WHEN NOT EXISTS { (e)-[:REPORTED_IN]->(:Document) } THEN false
    WHEN $country IS NULL THEN true
    // A person and a country together: the person's events with a participant of the country (the
    // country itself, or a person whose shown role, the first in the order of roles below, is of it).
    ELSE EXISTS {
      MATCH (a)-[:PARTICIPATED_IN]->(e)
      WHERE (a:Country AND (a.iso3 = toUpper($country) OR toLower(a.name) = toLower($country)))
         OR (a:Person AND any(t IN COLLECT {
               MATCH (a)-[h:HOLDS_ROLE]->(t:Country)
               WITH h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
               RETURN t
             }[0..1] WHERE t.iso3 = toUpper($country) OR toLower(t.name) = toLower($country)))
    } END
  WITH e ORDER BY e.sortKey
  LIMIT CASE WHEN $limit IS NULL THEN 9223372036854775807 ELSE coalesce($skip, 0) + $limit END
  RETURN e
  UNION
  WITH 1 AS guard WHERE $person IS NULL AND $country IS NOT NULL
  MATCH (c:Country) WHERE c.iso3 = toUpper($country) OR toLower(c.name) = toLower($country)
  // The country itself, and its officials whose country is this one: a person's country is the one of
  // the role shown with them (the first country role in the order of the participants' roles below),
  // checked once per official, not per event. Their events are counted on degrees (no event read).
  CALL (c) {
    MATCH (c)<-[:HOLDS_ROLE]-(p:Person)
    WITH DISTINCT p
    WITH p, COLLECT {
      MATCH (p)-[h:HOLDS_ROLE]->(t:Country)
      WITH h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
      RETURN t
    }[0] AS shown
    WHERE shown.iso3 = toUpper($country) OR toLower(shown.name) = toLower($country)
    RETURN collect(p) AS officials, sum(COUNT { (p)-[:PARTICIPATED_IN]->() }) AS theirEvents
  }
  CALL () {
    MATCH (e:Event)
    RETURN count(e) AS events
  }
  WITH c, officials, COUNT { (c)-[:PARTICIPATED_IN]->() } + theirEvents AS candidates, events,
       coalesce($skip, 0) + $limit AS page
  // Two ways to a page, and the cheaper one by the counts: gathering the candidates reads each of them
  // (~3 db hits: edge, key), reading the key index in order reads about page × events ÷ candidates
  // entries, each checked on its participants (~8 db hits). The busiest country of a million events has
  // ~37,000 candidates: its page reads ~2,700 index entries instead of sorting 37,000 keys; a country
  // with few events never reads the index.
  CALL (c, officials, candidates, events, page) {
    WITH c, officials WHERE page IS NULL OR candidates * candidates <= 3 * page * events
    UNWIND [c] + officials AS m
    // PARTICIPATED_IN always ends at an Event (write/participants.cypher): no label check per event.
    MATCH (m)-[:PARTICIPATED_IN]->(e)
    WITH DISTINCT e WHERE e.sortKey STARTS WITH coalesce('\u0001' + right('000' + toString(toInteger($year)), 4), '')
    WITH e ORDER BY e.sortKey
    WITH e WHERE CASE
      WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
      WHEN e.type = 'VISIT' AND NOT EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) } THEN false
      ELSE EXISTS { (e)-[:REPORTED_IN]->(:Document) } END
    WITH e ORDER BY e.sortKey
    LIMIT CASE WHEN $limit IS NULL THEN 9223372036854775807 ELSE coalesce($skip, 0) + $limit END
    RETURN e
    UNION
    WITH c, officials WHERE NOT (page IS NULL OR candidates * candidates <= 3 * page * events)
    MATCH (e:Event) USING INDEX e:Event(sortKey)
    WHERE e.sortKey STARTS WITH coalesce('\u0001' + right('000' + toString(toInteger($year)), 4), '')
    // A participant that is the country, or one of its officials (a role in the country first: one
    // edge, where the list is only looked at for the persons of the country).
    WITH e WHERE CASE
      WHEN NOT EXISTS { MATCH (m)-[:PARTICIPATED_IN]->(e)
                        WHERE m = c OR (EXISTS { (m)-[:HOLDS_ROLE]->(c) } AND m IN officials) } THEN false
      WHEN COUNT { (e)<-[:PARTICIPATED_IN]-() } < 2 THEN false
      WHEN e.type = 'VISIT' AND NOT EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) } THEN false
      ELSE EXISTS { (e)-[:REPORTED_IN]->(:Document) } END
    WITH e ORDER BY e.sortKey
    LIMIT CASE WHEN $limit IS NULL THEN 9223372036854775807 ELSE coalesce($skip, 0) + $limit END
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
  LIMIT CASE WHEN $limit IS NULL THEN 9223372036854775807 ELSE coalesce($skip, 0) + $limit END
  RETURN e
}
// Each branch gave its first skip + limit events; order does not survive a UNION, so once more here.
WITH e ORDER BY e.sortKey
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
ORDER BY e.sortKey;
