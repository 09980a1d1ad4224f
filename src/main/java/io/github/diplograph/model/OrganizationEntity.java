package io.github.diplograph.model;

/** An organization: international body, government body, company, news medium, party. */
public record OrganizationEntity(String id, String name, String kind, String country, int mentions) {
}
