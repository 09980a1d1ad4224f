// Benchmark graph: events $from..$to-1, each reported by its own document, between two officials drawn
// by a fixed hash of the event number (the first one skewed: a few officials are in very many events,
// as leaders are in real news). Generated inside the database so a million events need no round trips.
UNWIND range($from, $to - 1) AS i
WITH i, ((i * 2654435761) % 1000003) / 1000003.0 AS u, ((i * 40503 + 7) % 1000003) / 1000003.0 AS v
WITH i, toInteger($persons * u * u) AS pa, toInteger($persons * v) AS pb
WITH i, pa, CASE WHEN pb = pa THEN (pb + 1) % $persons ELSE pb END AS pb
MATCH (a:Person {id: 'bench-person-' + pa})-[:HOLDS_ROLE]->(ca:Country)
MATCH (b:Person {id: 'bench-person-' + pb})-[:HOLDS_ROLE]->(cb:Country)
WITH i, a, b, ca, cb, 2000 + i % 26 AS year, ['MEETING', 'MEETING', 'VISIT', 'CALL'][i % 4] AS type
WITH i, a, b, ca, cb, year, type,
     toString(date({year: year, month: 1 + (i / 26) % 12, day: 1 + (i / 312) % 28})) AS day
CREATE (d:Document {id: 'bench-doc-' + i, sha256: 'bench', published: day, publishedPrecision: 'DAY',
                    title: 'Benchmark article ' + i, source: 'bench'})
CREATE (e:Event {id: 'bench-event-' + i, type: type, year: year, date: day, datePrecision: 'DAY',
                 place: CASE type WHEN 'CALL' THEN null ELSE cb.name END,
                 signature: type + '|P:' + a.id + ',P:' + b.id})
// The sort key write/event-summary.cypher keeps (the same expression), so queries read the real shape.
SET e.sortKey = CASE WHEN e.type IN ['MEETING', 'VISIT'] THEN
      reduce(k = '', f IN [right('000' + toString(e.year), 4), e.date, e.place, e.type, e.signature, e.id] |
             k + CASE WHEN f IS NULL THEN '\u0002' ELSE '\u0001' + f END) END
CREATE (e)-[:REPORTED_IN {date: day, datePrecision: 'DAY', year: year, sentence: 0, quote: 'benchmark'}]->(d)
// The key write/participant-keys.cypher keeps: the participant's shown country (its one role's), '|', the
// event's sortKey (none for calls).
CREATE (a)-[:PARTICIPATED_IN {role: CASE type WHEN 'VISIT' THEN 'visitor' ELSE 'subject' END, sources: [d.id],
                              countryKey: ca.iso3 + '|' + e.sortKey}]->(e)
CREATE (b)-[:PARTICIPATED_IN {role: CASE type WHEN 'VISIT' THEN 'host' ELSE 'counterpart' END, sources: [d.id],
                              countryKey: cb.iso3 + '|' + e.sortKey}]->(e)
// The tie keys write/tie-keys.cypher makes (the same keys): each official's country and the other's, in
// date order; none when both are of one country (no tie: a tie is between two countries).
WITH i, a, b, ca, cb, year, type, day, d, e, '\u0001' + day + '\u0001' + type AS rank
FOREACH (_ IN CASE WHEN ca <> cb THEN [1] ELSE [] END |
  CREATE (a)-[:TIE_KEY {pairKey: ca.iso3 + '|' + cb.iso3 + '|' + rank, sideKey: ca.iso3 + '|' + rank}]->(e)
  CREATE (b)-[:TIE_KEY {pairKey: cb.iso3 + '|' + ca.iso3 + '|' + rank, sideKey: cb.iso3 + '|' + rank}]->(e))
CREATE (d)-[:MENTIONS {count: 2, names: [a.name], aliases: a.aliases, titles: []}]->(a)
CREATE (d)-[:MENTIONS {count: 1, names: [b.name], aliases: b.aliases, titles: []}]->(b)
FOREACH (c IN CASE WHEN ca = cb THEN [ca] ELSE [ca, cb] END | CREATE (d)-[:MENTIONS {count: 1}]->(c))
FOREACH (_ IN CASE WHEN i % 10 = 0 THEN [1] ELSE [] END |
  CREATE (g:Agreement {id: 'bench-agreement-' + i, status: 'SIGNED', count: 1, date: day, datePrecision: 'DAY',
                       year: year, topics: ['trade']})
  CREATE (g)-[:REPORTED_IN {sentence: 1, quote: 'benchmark'}]->(d)
  CREATE (ca)-[:PARTY_TO {sources: [d.id]}]->(g)
  CREATE (cb)-[:PARTY_TO {sources: [d.id]}]->(g)
  FOREACH (__ IN CASE WHEN ca <> cb THEN [1] ELSE [] END |
    CREATE (ca)-[:TIE_KEY {pairKey: ca.iso3 + '|' + cb.iso3 + '|\u0001' + day + '\u0001AGREEMENT SIGNED',
                           sideKey: ca.iso3 + '|\u0001' + day + '\u0001AGREEMENT SIGNED'}]->(g)
    CREATE (cb)-[:TIE_KEY {pairKey: cb.iso3 + '|' + ca.iso3 + '|\u0001' + day + '\u0001AGREEMENT SIGNED',
                           sideKey: cb.iso3 + '|\u0001' + day + '\u0001AGREEMENT SIGNED'}]->(g)));
