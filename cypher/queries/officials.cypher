// Every person holding a public role the graph knows of, with their roles.
//   :params {country: null}      (or {country: 'RUS'} / {country: 'Russia'})
MATCH (p:Person)-[h:HOLDS_ROLE]->(t)
WHERE $country IS NULL OR (t:Country AND (t.iso3 = toUpper($country) OR toLower(t.name) = toLower($country)))
WITH p, h, t ORDER BY h.title
WITH p, collect({title: h.title,
                 country: CASE WHEN t:Country THEN t.iso3 END,
                 organization: CASE WHEN t:Organization THEN t.name END}) AS roles
RETURN p.name AS name, p.aliases AS aliases, roles
ORDER BY name;
