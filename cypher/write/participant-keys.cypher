// The key of each participation in a meeting or a visit the meetings answer lists (a sortKey, two
// participants or more, a visit only with a host who is a person, reported by a document: the checks
// of queries/meetings.cypher): the participant's country (a country itself, or the one shown with a
// person, Person.shownCountry of write/person-summary.cypher), '|' and the event's sortKey
// (write/event-summary.cypher). Null for other events and for organizations (no country). Indexed
// (migrations/V008__person_summary.cypher): a country's meetings are read from it in the answer's order
// and need no check (queries/meetings.cypher). Run for the events of a batch after their participants
// are written, and for the events a retraction touched (their participants, reports, date or place may
// have changed); write/person-summary.cypher does the same for the events of a person whose shown
// country changed: every key is a function of what the graph holds, so a reload leaves what a fresh
// load writes. The same expression in person-summary.cypher and in the migration.
UNWIND $ids AS id
MATCH (e:Event {id: id})<-[x:PARTICIPATED_IN]-(a)
SET x.countryKey = CASE WHEN e.sortKey IS NOT NULL AND COUNT { (e)<-[:PARTICIPATED_IN]-() } >= 2
      AND (e.type <> 'VISIT' OR EXISTS { (:Person)-[:PARTICIPATED_IN {role: 'host'}]->(e) })
      AND EXISTS { (e)-[:REPORTED_IN]->(:Document) }
    THEN CASE WHEN a:Country THEN a.iso3 ELSE a.shownCountry END + '|' + e.sortKey END;
