package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public List<Organisation> findAll() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
    }

    @Override
    public java.util.Optional<Organisation> find(long organisationId) {
        return java.util.Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
        em.flush(); // callers need the generated id at once
    }
}
