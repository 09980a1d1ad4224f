// Anchors for the queries (cypher/queries): persons are found by any spelling of their name through a
// text index on searchKey (every spelling lower-cased between '|', kept by write/person-names.cypher;
// a text index serves CONTAINS), officials of a year through the documents published in it.
CREATE TEXT INDEX person_search_key IF NOT EXISTS FOR (n:Person) ON (n.searchKey);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
// Stores written before this migration: the same key as write/person-names.cypher computes.
MATCH (p:Person) WHERE p.searchKey IS NULL
SET p.searchKey = reduce(k = '|' + toLower(p.name) + '|', a IN coalesce(p.aliases, []) | k + toLower(a) + '|');
