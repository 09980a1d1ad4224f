// Indexes for the query paths: meetings by year and type, cross-document event resolution by signature,
// look-ups by display name.
CREATE INDEX event_year_type IF NOT EXISTS FOR (n:Event) ON (n.year, n.type);
CREATE INDEX event_signature IF NOT EXISTS FOR (n:Event) ON (n.signature);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX agreement_year IF NOT EXISTS FOR (n:Agreement) ON (n.year);
