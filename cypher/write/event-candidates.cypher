// Stored events that could be the same real-world event as new ones (same type and participants).
UNWIND $signatures AS signature
MATCH (e:Event {signature: signature})
RETURN e.id AS id, e.signature AS signature, e.date AS date, e.datePrecision AS datePrecision;
