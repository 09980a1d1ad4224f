// The order of the meetings answer (year, date, place, type, signature, id) as one string property of
// each meeting and visit (the types the answer lists; a call has none, so the index holds no calls to
// skip), with a range index on it: a page of meetings is read in index order and stops after a page
// (cypher/queries/meetings.cypher), and a person's or a country's events are sorted on one property read
// instead of six. Each field is '\u0001' + its value, or '\u0002' when null, so that comparing two keys
// compares the fields in turn: a value before a longer one it starts ("Paris" before "Paris Nord",
// as no value holds a character below '\u0003'), a value before null (Cypher sorts null last); the year
// zero-padded to four digits (ISO dates: 0000-9999). write/event-summary.cypher keeps it with the date and
// place it is made of (the same expression); bench/graph-events.cypher writes it for the bench graph.
CREATE INDEX event_sort_key IF NOT EXISTS FOR (n:Event) ON (n.sortKey);
// Stores written before this migration: the same key, in transactions of 10,000 events (a million
// events in one transaction would hold them all in memory).
MATCH (e:Event) WHERE e.sortKey IS NULL AND e.type IN ['MEETING', 'VISIT']
CALL (e) {
  SET e.sortKey = reduce(k = '', f IN [right('000' + toString(e.year), 4), e.date, e.place, e.type, e.signature, e.id] |
                         k + CASE WHEN f IS NULL THEN '\u0002' ELSE '\u0001' + f END)
} IN TRANSACTIONS OF 10000 ROWS;
// It replaces V006's (year, type, date) index, which only the year's page of meetings read: one index
// less to keep up on every event written.
DROP INDEX event_year_type_date IF EXISTS;
