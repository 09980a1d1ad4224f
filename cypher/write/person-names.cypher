// A person's display name and aliases from the documents that still mention them: the longest
// spelling any of them uses as the name (ties: alphabetically last), every spelling as an alias,
// sorted. Run after writing and after retracting, so a retracted document takes its spellings along.
// searchKey is every spelling lower-cased between '|' ("|sergei lavrov|sergey lavrov|"): the queries
// find persons by a name through its text index (V005) instead of scanning every person.
UNWIND $ids AS id
MATCH (p:Person {id: id})<-[m:MENTIONS]-(:Document)
WITH p, reduce(n = [], x IN collect(m.names) | n + coalesce(x, [])) AS names,
        reduce(a = [], x IN collect(m.aliases) | a + coalesce(x, [])) AS aliases
WITH p, aliases, reduce(best = head(names), n IN names |
       CASE WHEN size(n) > size(best) OR (size(n) = size(best) AND n > best) THEN n ELSE best END) AS name
CALL (aliases) {
  UNWIND aliases AS a
  WITH DISTINCT a ORDER BY a
  RETURN collect(a) AS sorted
}
SET p.name = name, p.aliases = sorted,
    p.searchKey = reduce(k = '|' + toLower(name) + '|', a IN sorted | k + toLower(a) + '|');
