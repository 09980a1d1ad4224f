// The role the answers show beside a person, kept on the person (write/person-summary.cypher keeps it,
// with the same expression as below): shownCountry, the ISO3 code of the country of that role, and
// shownTitle. The meetings answer lists a page's participants by these two properties instead of sorting
// every role of every participant.
// And on each participation in a meeting or a visit the answer lists, countryKey: the participant's
// country, '|' and the event's sortKey (write/participant-keys.cypher keeps it), indexed, so a country's
// meetings are read in the answer's order from the country's first key and stop after the page.
CREATE INDEX participant_country_key IF NOT EXISTS FOR ()-[x:PARTICIPATED_IN]-() ON (x.countryKey);
// Stores written before this migration: every person, in transactions of 10,000 (the same result when
// run again, so each statement is idempotent on its own).
MATCH (p:Person)
CALL (p) {
  CALL (p) {
    OPTIONAL MATCH (p)-[h:HOLDS_ROLE]->(t)
    WITH h, t ORDER BY h.title = 'Leader', size(coalesce(h.sources, [])) DESC, h.title, t.iso3, t.name
    WITH head(collect(CASE WHEN t:Country THEN {title: h.title, country: t.iso3} END)) AS role,
         reduce(best = null, r IN collect(CASE WHEN t:Organization THEN {title: h.title, n: size(coalesce(h.sources, []))} END) |
                CASE WHEN best IS NULL OR r.n > best.n OR (r.n = best.n AND r.title < best.title) THEN r ELSE best END).title AS orgTitle
    RETURN role.country AS country, coalesce(role.title, orgTitle) AS title
  }
  SET p.shownCountry = country, p.shownTitle = title
} IN TRANSACTIONS OF 10000 ROWS;
// Then every participation in a meeting or a visit (events with a sortKey), the same expression as
// write/participant-keys.cypher.
MATCH (e:Event) WHERE e.sortKey IS NOT NULL
CALL (e) {
  MATCH (e)<-[x:PARTICIPATED_IN]-(a)
  SET x.countryKey = CASE WHEN e.sortKey IS NOT NULL AND COUNT { (e)<-[:PARTICIPATED_IN]-() } >= 2
        AND (e.type <> 'VISIT' OR EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) })
        AND EXISTS { (e)-[:REPORTED_IN]->(:Document) }
      THEN CASE WHEN a:Country THEN a.iso3 ELSE a.shownCountry END + '|' + e.sortKey END
} IN TRANSACTIONS OF 10000 ROWS;
