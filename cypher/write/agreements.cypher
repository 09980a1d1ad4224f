// Agreements (signed or planned), their parties and provenance.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (a:Agreement {id: row.id})
SET a.status = row.status, a.count = row.count, a.date = row.date, a.datePrecision = row.datePrecision,
    a.year = row.year, a.topics = row.topics
MERGE (a)-[r:REPORTED_IN]->(d)
SET r += row.evidence
WITH a, row
UNWIND row.parties AS iso3
MATCH (c:Country {iso3: iso3})
MERGE (c)-[x:PARTY_TO]->(a)
SET x.sources = CASE WHEN row.doc IN coalesce(x.sources, []) THEN x.sources ELSE coalesce(x.sources, []) + row.doc END;
