package org.kindred.infrastructure.persistence.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kindred.domain.model.person.PersonIdentity;
import org.kindred.domain.model.person.PersonIdentityRepository;

@ApplicationScoped
public class JpaPersonIdentityRepository implements PersonIdentityRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public Optional<PersonIdentity> find(String issuer, String subject) {
        return em.createNamedQuery("PersonIdentity.find", PersonIdentity.class)
                .setParameter("issuer", issuer).setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PersonIdentity> ofPerson(long personId, String issuer) {
        return em.createNamedQuery("PersonIdentity.ofPerson", PersonIdentity.class)
                .setParameter("person", personId).setParameter("issuer", issuer)
                .getResultStream().findFirst();
    }

    @Override
    public void add(PersonIdentity identity) {
        em.persist(identity);
        em.flush();
    }
}
