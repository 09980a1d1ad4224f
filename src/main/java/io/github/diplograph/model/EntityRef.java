package io.github.diplograph.model;

/** A pointer to an entity of the document map: a person id, a country ISO3 code or an organization id. */
public record EntityRef(EntityKind kind, String id) {

    public static EntityRef person(String id) {
        return new EntityRef(EntityKind.PERSON, id);
    }

    public static EntityRef country(String iso3) {
        return new EntityRef(EntityKind.COUNTRY, iso3);
    }

    public static EntityRef organization(String id) {
        return new EntityRef(EntityKind.ORGANIZATION, id);
    }
}
