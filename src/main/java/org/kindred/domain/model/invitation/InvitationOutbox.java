package org.kindred.domain.model.invitation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The outbox table. Claiming is safe with several server instances: rows are locked and skipped. */
public interface InvitationOutbox {

    void add(OutboxMessage message);

    /**
     * Takes up to {@code limit} due messages for this sender: locks them with FOR UPDATE SKIP LOCKED
     * (so a second instance takes others) and moves their next attempt to {@code leaseEnds}, so a
     * sender that dies mid-batch leaves them to be tried again then.
     */
    List<OutboxMessage> claimDue(Instant now, Instant leaseEnds, int limit);

    /**
     * Records these messages as delivered at {@code now}, one more attempt and no error, in one
     * statement for the whole batch; ids deleted meanwhile are passed over.
     */
    void markSent(Collection<Long> ids, Instant now);

    /** These messages, by id, in one statement; deleted ones are absent. */
    Map<Long, OutboxMessage> findAll(Collection<Long> ids);

    /** How many of a group's messages are in each state. */
    Map<OutboxStatus, Long> statusCounts(long groupId);

    /** How many messages of an organisation failed for good, by group (null: not about a group); alerts left out. */
    Map<Long, Long> failedByGroup(long organisationId);

    /** Failed messages of an organisation, newest first. */
    List<OutboxMessage> failed(long organisationId, int limit);

    /** Removes messages delivered, or failed for good, before {@code before}; returns how many. */
    int purgeSent(Instant before);
}
