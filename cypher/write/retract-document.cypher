// Retracts everything document $id contributed. Facts that another document still reports survive:
// relationship facts keep the ids of their documents in `sources`, events and agreements keep one
// REPORTED_IN edge per document, entities one MENTIONS edge per document.
// Each relationship fact is reached from the document's own facts by its type and direction (a
// person's roles, an event's participants, an agreement's parties …), never by walking every
// relationship of every entity the document mentions: a country in every article would make each
// retraction slower as the graph grows.

// 1. Relationship facts lose this source; unsupported ones go. Roles of the persons it mentions:
MATCH (:Document {id: $id})-[:MENTIONS]->(:Person)-[r:HOLDS_ROLE]->()
WHERE $id IN r.sources
SET r.sources = [s IN r.sources WHERE s <> $id]
WITH r WHERE size(r.sources) = 0
DELETE r;

// … the country an organization it mentions is based in:
MATCH (:Document {id: $id})-[:MENTIONS]->(:Organization)-[r:BASED_IN]->()
WHERE $id IN r.sources
SET r.sources = [s IN r.sources WHERE s <> $id]
WITH r WHERE size(r.sources) = 0
DELETE r;

// … who took part in the events it reports, and where they took place:
MATCH (:Document {id: $id})<-[:REPORTED_IN]-(:Event)-[r:PARTICIPATED_IN|TOOK_PLACE_IN]-()
WHERE $id IN r.sources
SET r.sources = [s IN r.sources WHERE s <> $id]
WITH r WHERE size(r.sources) = 0
DELETE r;

// … the parties to the agreements it reports:
MATCH (:Document {id: $id})<-[:REPORTED_IN]-(:Agreement)<-[r:PARTY_TO]-()
WHERE $id IN r.sources
SET r.sources = [s IN r.sources WHERE s <> $id]
WITH r WHERE size(r.sources) = 0
DELETE r;

// … standing relations (support, alliance, opposition, sanctions) between entities it mentions:
MATCH (:Document {id: $id})-[:MENTIONS]->()-[r:SUPPORTS|ALLIED_WITH|OPPOSES|SANCTIONS]-()
WHERE $id IN r.sources
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
