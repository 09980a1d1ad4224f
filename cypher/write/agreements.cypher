// Agreements (signed or planned), their parties and provenance, one row per agreement of the batch (its
// properties as the last document of the batch states them). REPORTED_IN: one per document, made with
// CREATE (see events.cypher); PARTY_TO merged, with the documents that state it (row.parties).
UNWIND $rows AS row
MERGE (a:Agreement {id: row.id})
SET a.status = row.status, a.count = row.count, a.date = row.date, a.datePrecision = row.datePrecision,
    a.year = row.year, a.topics = row.topics
WITH a, row
CALL (a, row) {
  UNWIND row.reports AS report
  MATCH (d:Document {id: report.doc})
  CREATE (a)-[:REPORTED_IN {sentence: report.sentence, start: report.start, end: report.end, quote: report.quote,
                            confidence: report.confidence, extractor: report.extractor, sentences: report.sentences}]->(d)
}
CALL (a, row) {
  UNWIND row.parties AS party
  MATCH (c:Country {iso3: party.country})
  MERGE (c)-[x:PARTY_TO]->(a)
  SET x.sources = coalesce(x.sources, []) + [s IN party.docs WHERE NOT s IN coalesce(x.sources, [])]
};
