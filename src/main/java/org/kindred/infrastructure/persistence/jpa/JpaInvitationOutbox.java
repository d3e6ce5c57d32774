package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.invitation.OutboxStatus;

/**
 * The outbox table. Due rows are claimed with {@code FOR UPDATE SKIP LOCKED} (MariaDB 10.6+, MySQL 8,
 * H2 2.2): a second server instance claiming at the same moment takes other rows instead of waiting,
 * and the claim moves each row's next attempt past the lease, so it is not taken again meanwhile.
 */
@ApplicationScoped
public class JpaInvitationOutbox implements InvitationOutbox {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    /** Three statements for a whole batch: lock the due ids, move their lease, read them. */
    @Override
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> claimDue(Instant now, Instant leaseEnds, int limit) {
        List<Long> ids = ((List<Object>) em.createNativeQuery("SELECT id FROM outbox_message WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT " + limit
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createQuery("update OutboxMessage m set m.nextAttemptAt = :leaseEnds where m.id in :ids")
                .setParameter("leaseEnds", leaseEnds).setParameter("ids", ids).executeUpdate();
        Map<Long, OutboxMessage> claimed = findAll(ids);
        return ids.stream().map(claimed::get).filter(Objects::nonNull).toList(); // in the order they fell due
    }

    @Override
    public void markSent(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxMessage m set m.status = org.kindred.domain.model.invitation.OutboxStatus.SENT,"
                            + " m.sentAt = :now, m.attempts = m.attempts + 1, m.lastError = null where m.id in :ids")
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        }
    }

    @Override
    public Map<Long, OutboxMessage> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from OutboxMessage m where m.id in :ids", OutboxMessage.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(OutboxMessage::id, Function.identity()));
    }

    @Override
    public Map<OutboxStatus, Long> statusCounts(long groupId) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        em.createQuery("select m.status, count(m) from OutboxMessage m where m.groupId = :groupId "
                        + "and m.kind <> org.kindred.domain.model.invitation.MailKind.ALERT group by m.status",
                        Object[].class)
                .setParameter("groupId", groupId).getResultList()
                .forEach(row -> counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Map<Long, Long> failedByGroup(long organisationId) {
        Map<Long, Long> counts = new java.util.LinkedHashMap<>();
        em.createQuery("select m.groupId, count(m) from OutboxMessage m where m.organisationId = :organisationId "
                        + "and m.status = org.kindred.domain.model.invitation.OutboxStatus.FAILED "
                        + "and m.kind <> org.kindred.domain.model.invitation.MailKind.ALERT group by m.groupId",
                        Object[].class)
                .setParameter("organisationId", organisationId).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<OutboxMessage> failed(long organisationId, int limit) {
        return em.createQuery("select m from OutboxMessage m where m.organisationId = :organisationId "
                        + "and m.status = org.kindred.domain.model.invitation.OutboxStatus.FAILED order by m.id desc",
                        OutboxMessage.class)
                .setParameter("organisationId", organisationId).setMaxResults(limit).getResultList();
    }

    @Override
    @jakarta.transaction.Transactional
    public int purgeSent(Instant before) {
        int sent = em.createQuery("delete from OutboxMessage m where m.status = "
                        + "org.kindred.domain.model.invitation.OutboxStatus.SENT and m.sentAt < :before")
                .setParameter("before", before).executeUpdate();
        int failed = em.createQuery("delete from OutboxMessage m where m.status = "
                        + "org.kindred.domain.model.invitation.OutboxStatus.FAILED and m.nextAttemptAt < :before")
                .setParameter("before", before).executeUpdate();
        return sent + failed;
    }
}
