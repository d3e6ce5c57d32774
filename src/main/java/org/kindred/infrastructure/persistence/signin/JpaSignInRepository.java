package org.kindred.infrastructure.persistence.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.person.EmailChange;
import org.kindred.domain.model.person.SignInRepository;
import org.kindred.domain.model.person.SignedInSession;

@ApplicationScoped
public class JpaSignInRepository implements SignInRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void add(SignedInSession session) {
        em.persist(session);
    }

    @Override
    public List<SignedInSession> sessionsOf(long personId) {
        return em.createQuery("select s from SignedInSession s where s.personId = :p order by s.startedAt desc, s.id desc",
                SignedInSession.class).setParameter("p", personId).getResultList();
    }

    @Override
    public void seen(String keyHash, Instant at) {
        em.createQuery("update SignedInSession s set s.lastSeenAt = :at where s.keyHash = :k")
                .setParameter("at", at).setParameter("k", keyHash).executeUpdate();
    }

    @Override
    public boolean end(long personId, long sessionId) {
        return em.createQuery("delete from SignedInSession s where s.id = :id and s.personId = :p")
                .setParameter("id", sessionId).setParameter("p", personId).executeUpdate() > 0;
    }

    @Override
    public void endByKey(String keyHash) {
        em.createQuery("delete from SignedInSession s where s.keyHash = :k").setParameter("k", keyHash).executeUpdate();
    }

    @Override
    public int endAllBut(long personId, String keepKeyHash) {
        if (keepKeyHash == null) {
            return em.createQuery("delete from SignedInSession s where s.personId = :p")
                    .setParameter("p", personId).executeUpdate();
        }
        return em.createQuery("delete from SignedInSession s where s.personId = :p and s.keyHash <> :k")
                .setParameter("p", personId).setParameter("k", keepKeyHash).executeUpdate();
    }

    @Override
    public int endStale(Instant notSeenSince, Instant startedBefore) {
        return em.createQuery("delete from SignedInSession s where s.lastSeenAt < :seen or s.startedAt < :started")
                .setParameter("seen", notSeenSince).setParameter("started", startedBefore).executeUpdate();
    }

    @Override
    public void add(EmailChange change) {
        em.persist(change);
    }

    @Override
    public void dropPendingEmailChanges(long personId) {
        em.createQuery("delete from EmailChange c where c.person.id = :p and c.usedAt is null")
                .setParameter("p", personId).executeUpdate();
    }

    @Override
    public Optional<EmailChange> lockEmailChangeByHash(String tokenHash) {
        return em.createQuery("select c from EmailChange c join fetch c.person where c.tokenHash = :h", EmailChange.class)
                .setParameter("h", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<EmailChange> emailChangeByHash(String tokenHash) {
        return em.createQuery("select c from EmailChange c where c.tokenHash = :h", EmailChange.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public int purgeEmailChanges(Instant before) {
        return em.createQuery("delete from EmailChange c where c.expiresAt < :t or c.usedAt < :t")
                .setParameter("t", before).executeUpdate();
    }
}
