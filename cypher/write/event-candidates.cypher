// Stored events that could be the same real-world event as new ones (same type and participants).
UNWIND $signatures AS signature
// The index by name: see person-candidates.cypher.
MATCH (e:Event {signature: signature}) USING INDEX e:Event(signature)
RETURN e.id AS id, e.signature AS signature, e.date AS date, e.datePrecision AS datePrecision;
