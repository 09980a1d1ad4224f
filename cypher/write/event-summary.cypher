// An event's date and place from the reports it still has: the finest date (ties: the first document
// by id), the place of a report that names a city before one that names only a country. Run after
// writing and after retracting, so the graph never depends on load order or on a retracted report.
// And a meeting's or a visit's sort key, its place in the meetings answer as one indexed property (year,
// date, place, type, signature, id; each field '\u0001' + value, or '\u0002' when null, the year on four
// digits: migrations/V007__event_sort_key.cypher says why), made here as the date and place it holds
// change here. Other types have none: the answer never lists them, and the index then holds no calls.
UNWIND $ids AS id
MATCH (e:Event {id: id})-[r:REPORTED_IN]->(d:Document)
WITH e, r, d
ORDER BY CASE r.datePrecision WHEN 'DAY' THEN 0 WHEN 'MONTH' THEN 1 WHEN 'YEAR' THEN 2 ELSE 3 END, d.id
WITH e, collect(r) AS reports
WITH e, head(reports) AS best,
     [x IN reports WHERE x.cityId IS NOT NULL | x.place] + [x IN reports WHERE x.place IS NOT NULL | x.place] AS places
SET e.date = best.date, e.datePrecision = best.datePrecision, e.year = best.year, e.place = head(places)
SET e.sortKey = CASE WHEN e.type IN ['MEETING', 'VISIT'] THEN
      reduce(k = '', f IN [right('000' + toString(e.year), 4), e.date, e.place, e.type, e.signature, e.id] |
             k + CASE WHEN f IS NULL THEN '\u0002' ELSE '\u0001' + f END) END;
