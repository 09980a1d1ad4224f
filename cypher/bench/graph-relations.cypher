// Benchmark graph: standing support between some pairs of countries (one edge per pair, as the loader keeps them).
UNWIND $rows AS row
MATCH (a:Country {iso3: row.from}), (b:Country {iso3: row.to})
MERGE (a)-[r:SUPPORTS]->(b)
SET r.sources = ['bench-doc-0'], r.quote = 'benchmark';
