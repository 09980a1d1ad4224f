// Removes the made-up documents that GraphWriter.prepare commits to warm the commit path, with every
// entity they mention and every fact they report: their ids start with $prefix (a NUL character first,
// which no real id has), and their entities and facts are their own, never shared with a real document.
MATCH (d:Document)
WHERE d.id STARTS WITH $prefix
OPTIONAL MATCH (d)-[:MENTIONS]->(n)
OPTIONAL MATCH (d)<-[:REPORTED_IN]-(f)
WITH d, collect(DISTINCT n) + collect(DISTINCT f) AS own
FOREACH (x IN own | DETACH DELETE x)
DETACH DELETE d;
