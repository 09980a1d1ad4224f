// The events and agreements a document reports and the persons it mentions: what to recompute after
// retracting it (an agreement's parties and its tie keys, write/tie-keys.cypher).
MATCH (d:Document {id: $id})
RETURN [(d)<-[:REPORTED_IN]-(e:Event) | e.id] AS events, [(d)-[:MENTIONS]->(p:Person) | p.id] AS persons,
       [(d)<-[:REPORTED_IN]-(g:Agreement) | g.id] AS agreements;
