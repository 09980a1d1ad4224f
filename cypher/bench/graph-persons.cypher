// Benchmark graph (bench --events N): officials with one role each, written directly, no extraction.
// The role shown with each (write/person-summary.cypher) is that one role, and its country the one country
// they have a role in (roleCountries, write/role-countries.cypher).
UNWIND $rows AS row
MATCH (c:Country {iso3: row.iso3})
CREATE (p:Person {id: row.id, name: row.name, aliases: [row.name, row.surname], surname: row.surname,
                  searchKey: '|' + toLower(row.name) + '|' + toLower(row.name) + '|' + toLower(row.surname) + '|',
                  shownCountry: row.iso3, shownTitle: row.title, roleCountries: [row.iso3]})
CREATE (p)-[:HOLDS_ROLE {title: row.title, sources: [row.doc]}]->(c);
