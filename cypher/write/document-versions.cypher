// The stored version (sha256) of each document id given, to skip unchanged documents.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sha256 AS sha256;
