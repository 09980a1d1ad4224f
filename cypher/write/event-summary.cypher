// An event's date and place from the reports it still has: the finest date (ties: the first document
// by id), the place of a report that names a city before one that names only a country. Run after
// writing and after retracting, so the graph never depends on load order or on a retracted report.
UNWIND $ids AS id
MATCH (e:Event {id: id})-[r:REPORTED_IN]->(d:Document)
WITH e, r, d
ORDER BY CASE r.datePrecision WHEN 'DAY' THEN 0 WHEN 'MONTH' THEN 1 WHEN 'YEAR' THEN 2 ELSE 3 END, d.id
WITH e, collect(r) AS reports
WITH e, head(reports) AS best,
     [x IN reports WHERE x.cityId IS NOT NULL | x.place] + [x IN reports WHERE x.place IS NOT NULL | x.place] AS places
SET e.date = best.date, e.datePrecision = best.datePrecision, e.year = best.year, e.place = head(places);
