// The events a document reports and the persons it mentions: what to recompute after retracting it.
MATCH (d:Document {id: $id})
RETURN [(d)<-[:REPORTED_IN]-(e:Event) | e.id] AS events, [(d)-[:MENTIONS]->(p:Person) | p.id] AS persons;
