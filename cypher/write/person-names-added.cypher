// After new mentions are written: a person's display name and aliases take in this batch's spellings
// (one row per person: every name and alias the batch's documents use). Equal to recomputing them
// from every mention (person-names.cypher), as the display name is the greatest spelling by a fixed
// order (longest, then alphabetically last) and the aliases a sorted union — but it costs the batch's
// spellings, not every mention of a person that is in thousands of articles. searchKey as there.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WITH p, row, reduce(best = p.name, n IN row.names |
       CASE WHEN best IS NULL OR size(n) > size(best) OR (size(n) = size(best) AND n > best) THEN n ELSE best END) AS name
CALL (p, row) {
  UNWIND coalesce(p.aliases, []) + row.aliases AS a
  WITH DISTINCT a ORDER BY a
  RETURN collect(a) AS sorted
}
SET p.name = name, p.aliases = sorted,
    p.searchKey = reduce(k = '|' + toLower(name) + '|', a IN sorted | k + toLower(a) + '|');
