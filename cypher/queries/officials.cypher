// Every person holding a public role the graph knows of, with their roles. A role whose country or
// organization no article states has both null ("President Bola Tinubu" with no country named).
// A role is true as of the articles that state it: with a year, only roles stated by an article
// published that year ("who held a role in 2019").
//   :params {country: null, year: null, skip: null, limit: null}      (or {country: 'RUS', year: 2019} / {country: 'Russia'})
// skip/limit: a page of the answer (null = from the first row / every row).
// The persons are found from the filter given — the country's officials, else the persons mentioned by
// the documents of the year (a role's source document mentions its person). Whether a person has a
// role to list is checked on its own, the page is cut by name, and only then are the page's roles built.
CALL () {
  // A guard on the parameters first: the planner runs a branch's MATCH only when its guard passes.
  WITH 1 AS guard WHERE $country IS NOT NULL
  // The country on its own first, then its officials: never a scan of every person.
  CALL () {
    MATCH (c:Country) WHERE c.iso3 = toUpper($country) OR toLower(c.name) = toLower($country)
    RETURN c
  }
  // (Only persons hold roles: no label check on each of a busy country's 800 officials.)
  MATCH (c)<-[:HOLDS_ROLE]-(p)
  RETURN p
  UNION
  WITH 1 AS guard WHERE $country IS NULL AND $year IS NOT NULL
  CALL () {
    MATCH (d:Document) WHERE d.published STARTS WITH toString($year)
    RETURN d
  }
  MATCH (d)-[:MENTIONS]->(p:Person)
  RETURN p
  UNION
  WITH 1 AS guard WHERE $country IS NULL AND $year IS NULL
  MATCH (p:Person)
  RETURN p
}
WITH p
// Listed when a role is left after the filters: one held in the country (stated in the year), or with
// no country given a title the documents (of the year) give the person.
// A country's officials without a year were found by that very role: no second look at their roles.
WHERE ($country IS NOT NULL AND $year IS NULL)
  OR EXISTS {
    MATCH (p)-[h:HOLDS_ROLE]->(t)
    WHERE ($country IS NULL OR (t:Country AND (t.iso3 = toUpper($country) OR toLower(t.name) = toLower($country))))
      AND ($year IS NULL OR EXISTS { MATCH (d:Document) WHERE d.id IN h.sources AND d.published STARTS WITH toString($year) })
  }
  OR ($country IS NULL AND EXISTS {
    MATCH (d:Document)-[m:MENTIONS]->(p)
    WHERE ($year IS NULL OR d.published STARTS WITH toString($year)) AND size(coalesce(m.titles, [])) > 0
  })
// Persons of one name in a fixed order too (by id), so pages never overlap.
WITH p ORDER BY p.name, p.id
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 4611686018427387903)
CALL (p) {
  OPTIONAL MATCH (p)-[h:HOLDS_ROLE]->(t)
  WHERE ($country IS NULL OR (t:Country AND (t.iso3 = toUpper($country) OR toLower(t.name) = toLower($country))))
    AND ($year IS NULL OR EXISTS { MATCH (d:Document) WHERE d.id IN h.sources AND d.published STARTS WITH toString($year) })
  // Roles in a fixed order (by title, then owner): answers never depend on how the graph was built.
  WITH h, t ORDER BY h.title, t.iso3, t.name
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE {title: h.title,
                  country: CASE WHEN t:Country THEN t.iso3 END,
                  organization: CASE WHEN t:Organization THEN t.name END} END) AS targeted
}
// Titles the documents give the person without a role edge; with a country given only its roles count.
CALL (p) {
  // The guard first, so a country's officials never have their (many) mentions read.
  WITH p WHERE $country IS NULL
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(p)
  WHERE $year IS NULL OR d.published STARTS WITH toString($year)
  RETURN reduce(acc = [], x IN collect(coalesce(m.titles, [])) | acc + x) AS titles
}
WITH p, targeted,
     [x IN titles WHERE $country IS NULL AND NOT x IN [r IN targeted | r.title]] AS untargeted
WITH p, targeted + [x IN reduce(u = [], y IN untargeted | CASE WHEN y IN u THEN u ELSE u + y END)
                    | {title: x, country: null, organization: null}] AS roles
RETURN p.name AS name, p.aliases AS aliases, roles
ORDER BY name, p.id;
