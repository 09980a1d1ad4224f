// Removes the document node itself (after retract-document.cypher has removed its facts).
MATCH (d:Document {id: $id})
DETACH DELETE d;
