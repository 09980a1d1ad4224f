// Cross-document person resolution looks persons up by surname, or by the family name before it
// ("Díaz-Canel" finds "Miguel Díaz-Canel Bermúdez").
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname);
CREATE INDEX person_family_name IF NOT EXISTS FOR (n:Person) ON (n.familyName);
