package io.github.diplograph.model;

/** A country referred to by name, alias, demonym, capital or seat of power. */
public record CountryEntity(String iso3, String name, int mentions) {
}
