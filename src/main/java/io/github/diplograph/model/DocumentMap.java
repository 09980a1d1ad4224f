package io.github.diplograph.model;

import java.util.List;

/**
 * Everything extracted from one document: a plain record tree, serialisable to JSON, free of any
 * database concern so extraction can run anywhere (threads, processes, a cluster).
 */
public record DocumentMap(DocumentInfo document, List<PersonEntity> persons, List<CountryEntity> countries,
                          List<OrganizationEntity> organizations, List<EventFact> events,
                          List<AgreementFact> agreements, List<RelationFact> relations) {
}
