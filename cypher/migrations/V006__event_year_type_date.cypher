// Meetings of a year in date order: with the year and the type given, this index returns the events
// sorted by date, so a page of a year's meetings is cut after reading about a page of events instead of
// the whole year (cypher/queries/meetings.cypher). Every event with a year has a date (both come from
// one report).
CREATE INDEX event_year_type_date IF NOT EXISTS FOR (n:Event) ON (n.year, n.type, n.date);
// It replaces the (year, type) index of V002, its prefix, which only that query read: one index less
// to keep up on every event written.
DROP INDEX event_year_type IF EXISTS;
