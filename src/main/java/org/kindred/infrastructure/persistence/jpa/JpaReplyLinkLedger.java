package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.kindred.domain.model.invitation.ReplyLinkLedger;

/** Used links by hash, and the shared signing secret, in the database that every instance reads. */
@ApplicationScoped
public class JpaReplyLinkLedger implements ReplyLinkLedger {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public boolean markUsed(String tokenHash, Instant now) {
        // INSERT IGNORE: a second use (even a concurrent one) inserts nothing and is refused.
        return em.createNativeQuery("INSERT IGNORE INTO reply_link_use (token_hash, used_at) VALUES (?1, ?2)")
                .setParameter(1, tokenHash).setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    @Override
    public boolean isUsed(String tokenHash) {
        return !em.createNativeQuery("SELECT token_hash FROM reply_link_use WHERE token_hash = ?1")
                .setParameter(1, tokenHash).getResultList().isEmpty();
    }

    @Override
    @Transactional
    public int purge(Instant before) {
        return em.createNativeQuery("DELETE FROM reply_link_use WHERE used_at < ?1")
                .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public String signingSecret(Supplier<String> generate) {
        List<Object> known = em.createNativeQuery("SELECT secret FROM signing_key WHERE id = 1").getResultList();
        if (!known.isEmpty()) {
            return (String) known.get(0);
        }
        try {
            em.createNativeQuery("INSERT IGNORE INTO signing_key (id, secret) VALUES (1, ?1)")
                    .setParameter(1, generate.get()).executeUpdate();
        } catch (PersistenceException e) {
            // another instance made it first: read theirs
        }
        // A locking read sees the row another instance committed meanwhile; a plain one would read the
        // snapshot taken by the first SELECT (REPEATABLE READ) and find nothing.
        return (String) em.createNativeQuery("SELECT secret FROM signing_key WHERE id = 1 FOR UPDATE").getSingleResult();
    }
}
