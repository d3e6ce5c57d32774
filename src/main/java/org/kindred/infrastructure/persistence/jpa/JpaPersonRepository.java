package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.person.DuplicateEmailException;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public Optional<Person> findById(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> findWithRoles(long id) {
        return em.createNamedQuery("Person.findWithRoles", Person.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Person> findByEmail(EmailAddress email) {
        return em.createNamedQuery("Person.findByEmail", Person.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Person> findWithRolesByEmails(Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Person.findWithRolesByEmails", Person.class)
                .setParameter("emails", emails.stream().map(EmailAddress::value).toList()).getResultList();
    }

    @Override
    public List<Person> inOrganisation(long organisationId) {
        return em.createNamedQuery("Person.findByOrganisation", Person.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public List<Person> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Person.findAllById", Person.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Person> withRole(long organisationId, Role role) {
        return em.createNamedQuery("Person.findByOrganisationAndRole", Person.class)
                .setParameter("organisationId", organisationId).setParameter("role", role).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Person.countAll", Long.class).getSingleResult();
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery("Person.countWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (violatesAKey(e)) {
                throw new DuplicateEmailException();
            }
            throw e; // the database is away, say: not a taken address
        }
    }

    /** An integrity-constraint violation (SQLSTATE class 23): the only key a person's update can break is the email's. */
    private static boolean violatesAKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> emailsTaken(Collection<String> emails) {
        List<String> all = List.copyOf(emails);
        List<String> taken = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            taken.addAll(em.createQuery("select p.email.value from Person p where p.email.value in :emails", String.class)
                    .setParameter("emails", all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
        }
        return taken;
    }

    @Override
    public void removeUnusedTokens(long personId) {
        em.createQuery("delete from PasswordSetupToken t where t.person.id = :personId and t.usedAt is null")
                .setParameter("personId", personId).executeUpdate();
    }

    @Override
    public void add(PasswordSetupToken token) {
        em.persist(token);
    }

    @Override
    public Optional<PasswordSetupToken> lockTokenByHash(String tokenHash) {
        return em.createNamedQuery("PasswordSetupToken.findByTokenHash", PasswordSetupToken.class)
                .setParameter("tokenHash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
