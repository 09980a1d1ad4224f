// Retracts everything document $id contributed. Facts that another document still reports survive:
// relationship facts keep the ids of their documents in `sources`, events and agreements keep one
// REPORTED_IN edge per document, entities one MENTIONS edge per document.

// 1. Relationship facts (roles, participation, party-to, support …) lose this source; unsupported ones go.
MATCH (:Document {id: $id})-[:MENTIONS]->(n)-[r]-()
WHERE r.sources IS NOT NULL AND $id IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $id]
WITH r WHERE size(r.sources) = 0
DELETE r;

// 2. Events and agreements no other document reports.
MATCH (:Document {id: $id})<-[rep:REPORTED_IN]-(f)
DELETE rep
WITH DISTINCT f
WHERE NOT (f)-[:REPORTED_IN]->()
DETACH DELETE f;

// 3. Entities no other document mentions.
MATCH (:Document {id: $id})-[m:MENTIONS]->(n)
DELETE m
WITH DISTINCT n
WHERE NOT (n)<-[:MENTIONS]-()
DETACH DELETE n;
