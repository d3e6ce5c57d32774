package org.kindred.infrastructure.persistence.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.secondfactor.RecoveryCode;
import org.kindred.domain.model.secondfactor.SecondFactorRepository;
import org.kindred.domain.model.secondfactor.TotpEnrolment;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public Optional<TotpEnrolment> find(long personId) {
        return Optional.ofNullable(em.find(TotpEnrolment.class, personId));
    }

    @Override
    public void enrol(TotpEnrolment enrolment, List<RecoveryCode> codes) {
        remove(enrolment.personId());
        em.persist(enrolment);
        codes.forEach(em::persist);
        em.flush();
    }

    @Override
    public boolean acceptStep(long personId, long step) {
        int changed = em.createQuery("update TotpEnrolment t set t.lastStep = :step"
                        + " where t.personId = :p and t.lastStep < :step")
                .setParameter("step", step).setParameter("p", personId).executeUpdate();
        return changed == 1;
    }

    @Override
    public void replaceRecoveryCodes(long personId, List<RecoveryCode> codes) {
        em.createQuery("delete from RecoveryCode c where c.personId = :p").setParameter("p", personId).executeUpdate();
        codes.forEach(em::persist);
        em.flush();
    }

    @Override
    public boolean spendRecoveryCode(long personId, String codeHash, Instant now) {
        int changed = em.createQuery("update RecoveryCode c set c.usedAt = :now"
                        + " where c.personId = :p and c.codeHash = :hash and c.usedAt is null")
                .setParameter("now", now).setParameter("p", personId).setParameter("hash", codeHash)
                .executeUpdate();
        return changed > 0;
    }

    @Override
    public long unusedRecoveryCodes(long personId) {
        return em.createQuery("select count(c) from RecoveryCode c where c.personId = :p and c.usedAt is null",
                Long.class).setParameter("p", personId).getSingleResult();
    }

    @Override
    public boolean remove(long personId) {
        em.createQuery("delete from RecoveryCode c where c.personId = :p").setParameter("p", personId).executeUpdate();
        TotpEnrolment enrolment = em.find(TotpEnrolment.class, personId);
        if (enrolment == null) {
            return false;
        }
        em.remove(enrolment);
        em.flush(); // before a new enrolment of the same person is persisted
        return true;
    }
}
