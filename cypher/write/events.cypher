// Events, resolved across documents before this runs (same id = same real-world event), with their
// provenance edge to the reporting document and their place. Each report keeps its own date and place
// on its REPORTED_IN edge; the event's date and place are then recomputed from all its reports
// (event-summary.cypher), so that retracting a report also retracts what it refined.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.signature = row.signature
MERGE (e)-[r:REPORTED_IN]->(d)
SET r += row.evidence,
    r.date = row.reportDate, r.datePrecision = row.reportPrecision, r.year = row.reportYear,
    r.place = row.place, r.cityId = row.cityId
WITH e, row
OPTIONAL MATCH (city:City {id: row.cityId})
OPTIONAL MATCH (country:Country {iso3: row.placeCountry})
WITH e, row, coalesce(city, country) AS place
WHERE place IS NOT NULL
MERGE (e)-[t:TOOK_PLACE_IN]->(place)
SET t.sources = CASE WHEN row.doc IN coalesce(t.sources, []) THEN t.sources ELSE coalesce(t.sources, []) + row.doc END;
