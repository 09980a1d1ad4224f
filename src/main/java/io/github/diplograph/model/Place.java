package io.github.diplograph.model;

/** Where an event happened: a city (with its country when known) or a country. */
public record Place(String name, PlaceKind kind, String country) {

    public enum PlaceKind { CITY, COUNTRY }
}
