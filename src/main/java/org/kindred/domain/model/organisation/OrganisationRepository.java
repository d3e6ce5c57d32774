package org.kindred.domain.model.organisation;

import java.util.List;
import java.util.Optional;

/** Persistence of organisations; implemented in infrastructure.persistence. */
public interface OrganisationRepository {

    List<Organisation> findAll();

    Optional<Organisation> find(long organisationId);

    void add(Organisation organisation);
}
