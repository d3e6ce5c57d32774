package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.invitation.FeedRepository;

/** Feed tokens by hash; a person or room has at most one row. */
@ApplicationScoped
public class JpaFeedRepository implements FeedRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void replace(Owner owner, String tokenHash, Instant now) {
        revoke(owner);
        em.createNativeQuery("INSERT INTO calendar_feed (token_hash, person_id, room_id, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, tokenHash).setParameter(2, owner.personId()).setParameter(3, owner.roomId())
                .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }

    @Override
    public void revoke(Owner owner) {
        if (owner.personId() != null) {
            em.createNativeQuery("DELETE FROM calendar_feed WHERE person_id = ?1")
                    .setParameter(1, owner.personId()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM calendar_feed WHERE room_id = ?1")
                    .setParameter(1, owner.roomId()).executeUpdate();
        }
    }

    @Override
    public boolean exists(Owner owner) {
        String column = owner.personId() != null ? "person_id" : "room_id";
        Long id = owner.personId() != null ? owner.personId() : owner.roomId();
        return !em.createNativeQuery("SELECT id FROM calendar_feed WHERE " + column + " = ?1")
                .setParameter(1, id).getResultList().isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Owner> find(String tokenHash) {
        List<Object[]> rows = em.createNativeQuery("SELECT person_id, room_id FROM calendar_feed WHERE token_hash = ?1")
                .setParameter(1, tokenHash).getResultList();
        return rows.stream().findFirst().map(r -> new Owner(r[0] == null ? null : ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue()));
    }
}
