// Every person holding a public role the graph knows of, with their roles. A role whose country or
// organization no article states has both null ("President Bola Tinubu" with no country named).
// A role is true as of the articles that state it: with a year, only roles stated by an article
// published that year ("who held a role in 2019").
//   :params {country: null, year: null}      (or {country: 'RUS', year: 2019} / {country: 'Russia'})
MATCH (p:Person)
OPTIONAL MATCH (p)-[h:HOLDS_ROLE]->(t)
WHERE ($country IS NULL OR (t:Country AND (t.iso3 = toUpper($country) OR toLower(t.name) = toLower($country))))
  AND ($year IS NULL OR EXISTS { MATCH (d:Document) WHERE d.id IN h.sources AND d.published STARTS WITH toString($year) })
// Roles in a fixed order (by title, then owner): answers never depend on how the graph was built.
WITH p, h, t ORDER BY h.title, t.iso3, t.name
WITH p, collect(CASE WHEN t IS NULL THEN null ELSE {title: h.title,
                 country: CASE WHEN t:Country THEN t.iso3 END,
                 organization: CASE WHEN t:Organization THEN t.name END} END) AS targeted
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(p)
WHERE $year IS NULL OR d.published STARTS WITH toString($year)
WITH p, targeted, reduce(acc = [], x IN collect(coalesce(m.titles, [])) | acc + x) AS titles
WITH p, targeted,
     [x IN titles WHERE $country IS NULL AND NOT x IN [r IN targeted | r.title]] AS untargeted
WITH p, targeted + [x IN reduce(u = [], y IN untargeted | CASE WHEN y IN u THEN u ELSE u + y END)
                    | {title: x, country: null, organization: null}] AS roles
WHERE size(roles) > 0
RETURN p.name AS name, p.aliases AS aliases, roles
ORDER BY name;
