package org.kindred.infrastructure.persistence.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.provisioning.ProvisioningRepository;
import org.kindred.domain.model.provisioning.ProvisioningToken;

@ApplicationScoped
public class JpaProvisioningRepository implements ProvisioningRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void add(ProvisioningToken token) {
        em.persist(token);
        em.flush(); // the id, for the audit log and the page
    }

    @Override
    public Optional<ProvisioningToken> tokenByHash(String tokenHash) {
        return em.createQuery("select t from ProvisioningToken t where t.tokenHash = :hash", ProvisioningToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Optional<ProvisioningToken> token(long organisationId, long id) {
        return em.createQuery("select t from ProvisioningToken t where t.id = :id and t.organisationId = :org",
                        ProvisioningToken.class)
                .setParameter("id", id).setParameter("org", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<ProvisioningToken> tokens(long organisationId) {
        return em.createQuery("select t from ProvisioningToken t where t.organisationId = :org order by t.createdAt, t.id",
                        ProvisioningToken.class)
                .setParameter("org", organisationId).getResultList();
    }

    @Override
    public void remove(ProvisioningToken token) {
        em.remove(em.contains(token) ? token : em.merge(token));
    }

    @Override
    public Optional<Person> personByScimId(long organisationId, String scimId) {
        return em.createQuery("select p from Person p where p.scimId = :scimId and p.organisationId = :org "
                        + "and p.scimDeleted = false", Person.class)
                .setParameter("scimId", scimId).setParameter("org", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<Person> people(long organisationId, Attribute attribute, String value, int offset, int count) {
        return query("select p from Person p", " order by p.id", Person.class, organisationId, attribute, value)
                .setFirstResult(offset).setMaxResults(count).getResultList();
    }

    @Override
    public long countPeople(long organisationId, Attribute attribute, String value) {
        return query("select count(p) from Person p", "", Long.class, organisationId, attribute, value).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, long organisationId, Attribute attribute,
                                    String value) {
        String where = " where p.organisationId = :org and p.scimDeleted = false";
        if (attribute != null) {
            where += switch (attribute) {
                case USER_NAME, EMAIL -> " and p.email.value = :value";
                case EXTERNAL_ID -> " and p.externalId = :value";
            };
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("org", organisationId);
        if (attribute != null) {
            query.setParameter("value", attribute == Attribute.EXTERNAL_ID ? value : value.toLowerCase(Locale.ROOT));
        }
        return query;
    }
}
