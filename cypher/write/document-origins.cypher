// Unchanged documents seen again in a source: that source is where they live now.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.origin = $origin;
