// Events, resolved across documents before this runs (same id = same real-world event), one row per event
// of the batch, with their provenance edge to each reporting document and their place. Each report keeps
// its own date and place on its REPORTED_IN edge; the event's date and place are then recomputed from all
// its reports (event-summary.cypher), so that retracting a report also retracts what it refined.
// A document's REPORTED_IN edges are made with CREATE (row.reports: one per document, the writer merges a
// document's rows of one event): a new document has none, a stored one lost its own in the retraction that
// runs first in the same transaction.
// The report's properties are named (a null one is left out, as SET r += row did): a SET from a map
// would make the planner buffer every row (Eager) before the next. TOOK_PLACE_IN is shared with other documents: merged, with the
// documents that state it (row.places: a place and the batch's documents that name it), and so are the
// participations (below).
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.signature = row.signature
WITH e, row
CALL (e, row) {
  UNWIND row.reports AS report
  MATCH (d:Document {id: report.doc})
  CREATE (e)-[:REPORTED_IN {sentence: report.sentence, start: report.start, end: report.end, quote: report.quote,
                            confidence: report.confidence, extractor: report.extractor, sentences: report.sentences,
                            date: report.date, datePrecision: report.datePrecision, year: report.year,
                            place: report.place, cityId: report.cityId}]->(d)
}
CALL (e, row) {
  UNWIND row.places AS place
  OPTIONAL MATCH (city:City {id: place.cityId})
  OPTIONAL MATCH (country:Country {iso3: place.country})
  WITH e, place, coalesce(city, country) AS target
  WHERE target IS NOT NULL
  MERGE (e)-[t:TOOK_PLACE_IN]->(target)
  SET t.sources = coalesce(t.sources, []) + [s IN place.docs WHERE NOT s IN coalesce(t.sources, [])]
}
// (Person|Country|Organization)-[:PARTICIPATED_IN {role}]->(Event): row.participants, one per participant
// of the event in the batch with the documents that state it (docs, in order; role the last role they give).
CALL (e, row) {
  UNWIND row.participants AS part
  OPTIONAL MATCH (p:Person {id: part.person})
  OPTIONAL MATCH (c:Country {iso3: part.country})
  OPTIONAL MATCH (o:Organization {id: part.organization})
  WITH part, coalesce(p, c, o) AS actor
  WHERE actor IS NOT NULL
  MERGE (actor)-[x:PARTICIPATED_IN]->(e)
  SET x.role = coalesce(part.role, x.role),
      x.sources = coalesce(x.sources, []) + [s IN part.docs WHERE NOT s IN coalesce(x.sources, [])]
};
