package org.kindred.infrastructure.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.person.ImportRepository;
import org.kindred.domain.model.person.ImportRow;
import org.kindred.domain.model.person.PeopleImport;

/** People imports and their rows (ADR 0019). */
@ApplicationScoped
public class JpaImportRepository implements ImportRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void add(PeopleImport peopleImport) {
        em.persist(peopleImport);
        em.flush();
    }

    @Override
    public void add(ImportRow row) {
        em.persist(row);
    }

    @Override
    public Optional<PeopleImport> find(long importId) {
        return Optional.ofNullable(em.find(PeopleImport.class, importId));
    }

    @Override
    public Optional<PeopleImport> lock(long importId) {
        return Optional.ofNullable(em.find(PeopleImport.class, importId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PeopleImport> ofOrganisation(long organisationId, int most) {
        return em.createQuery("select i from PeopleImport i where i.organisationId = :organisationId "
                        + "order by i.createdAt desc, i.id desc", PeopleImport.class)
                .setParameter("organisationId", organisationId).setMaxResults(most).getResultList();
    }

    @Override
    public List<ImportRow> nextRows(long importId, int most) {
        return em.createQuery("select r from ImportRow r where r.importId = :importId and r.done = false "
                        + "order by r.lineNo", ImportRow.class)
                .setParameter("importId", importId).setMaxResults(most).getResultList();
    }

    @Override
    public void removeRows(long importId) {
        em.flush();
        em.createQuery("delete from ImportRow r where r.importId = :importId")
                .setParameter("importId", importId).executeUpdate();
    }
}
