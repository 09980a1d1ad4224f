// The documents last loaded from a source (a folder, file or feed, by its absolute path).
MATCH (d:Document)
WHERE d.origin = $origin
RETURN d.id AS id
ORDER BY id;
