package org.kindred.domain.model.organisation;

import java.util.List;

/** Persistence of organisations; implemented in infrastructure.persistence. */
public interface OrganisationRepository {

    List<Organisation> findAll();

    void add(Organisation organisation);
}
