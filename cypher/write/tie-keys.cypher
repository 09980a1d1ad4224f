// The keys the ties answer (queries/ties.cypher) reads its page from, in the answer's order (date, then
// the tie: the event's type, or 'AGREEMENT ' + the agreement's status).
// A tie between countries A and B is an event with a participant on A's side and another on B's (a
// side: the country itself, or a person with a role in it, Person.roleCountries of
// write/role-countries.cypher), or an agreement both are party to, reported by a document. For each
// participant (or party) x of such an event (or agreement) f, each country A on x's side and each other
// country B on the side of another participant, one edge (x)-[:TIE_KEY]->(f) with
//   pairKey = A '|' B '|' date tie  — a page of the ties between A and B, in date order;
//   sideKey = A '|' date tie        — on the first of x's edges for A (B alphabetically first) only:
//                                     a page of every tie of A, in date order, one entry per x and f;
// date and tie each '\u0001' + value, or '\u0002' when null (as Event.sortKey, V007: comparing keys
// compares dates, then ties, a value before one it starts, null last, as ORDER BY does). Both indexed
// (migrations/V009__tie_keys.cypher). No key without a report or a second side: such an f has no tie.
// Made again from scratch for each event and agreement of a batch after its participants and parties
// are written, for those a retraction touched, and for the events of a person whose countries changed
// (write/role-countries.cypher): every key is a function of what the graph holds, so a reload leaves
// what a fresh load writes. The same expression in the migration; bench/graph-events.cypher writes the
// same keys for the bench graph.
CALL () {
  UNWIND $events AS id
  MATCH (f:Event {id: id})
  RETURN f
  UNION
  UNWIND $agreements AS id
  MATCH (f:Agreement {id: id})
  RETURN f
}
CALL (f) {
  MATCH (f)<-[k:TIE_KEY]-()
  DELETE k
}
WITH f WHERE EXISTS { (f)-[:REPORTED_IN]->(:Document) }
// An agreement's parties are countries: persons are sides of events only (as in the answer).
MATCH (f)<-[:PARTICIPATED_IN|PARTY_TO]-(x)
WITH f, collect({x: x, sides: CASE WHEN x:Country THEN [x.iso3] WHEN f:Agreement THEN [] ELSE coalesce(x.roleCountries, []) END}) AS parts
UNWIND parts AS part
WITH f, part.x AS x, part.sides AS sides,
     reduce(o = [], q IN parts | o + CASE WHEN q.x = part.x THEN [] ELSE q.sides END) AS others
UNWIND sides AS a
UNWIND others AS b
WITH DISTINCT f, x, a, b WHERE a <> b
WITH f, x, a, collect(b) AS bs, min(b) AS first,
     CASE WHEN f.date IS NULL THEN '\u0002' ELSE '\u0001' + f.date END
     + coalesce('\u0001' + CASE WHEN f:Agreement THEN 'AGREEMENT ' + f.status ELSE f.type END, '\u0002') AS rank
UNWIND bs AS b
CREATE (x)-[:TIE_KEY {pairKey: a + '|' + b + '|' + rank, sideKey: CASE WHEN b = first THEN a + '|' + rank END}]->(f);
