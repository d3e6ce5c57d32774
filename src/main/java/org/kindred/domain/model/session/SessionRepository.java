package org.kindred.domain.model.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Series and occurrences; implemented in infrastructure.persistence. */
public interface SessionRepository {

    void add(SessionSeries series);

    Optional<SessionSeries> find(long seriesId);

    List<SessionSeries> ofGroup(long groupId);

    Optional<Occurrence> occurrence(long occurrenceId);

    /** These occurrences with their series, in one query; unknown ids are absent. */
    List<Occurrence> occurrences(Collection<Long> occurrenceIds);

    /**
     * Who runs an occurrence's series (its group, and a Round's own facilitator), read with a lock so
     * that it can come before any snapshot read of the transaction.
     */
    Optional<Owner> lockOwnerOfOccurrence(long occurrenceId);

    /** As {@link #lockOwnerOfOccurrence}, for a series. */
    Optional<Owner> lockOwnerOfSeries(long seriesId);

    /** The group of a series, and the Round facilitator who runs it instead of the group's leaders. */
    record Owner(long groupId, Long facilitatorId) {
    }

    /** The leaders of a group, read with a lock: nobody changes them while a session is booked. */
    List<Long> lockLeaders(long groupId);

    /** Takes these people's rows FOR UPDATE, in id order: one booking of a facilitator at a time. */
    void lockPeople(Collection<Long> personIds);

    /** Scheduled occurrences that these people facilitate, overlapping the given time. */
    List<Occurrence> facilitatedBy(Collection<Long> personIds, Instant from, Instant until);

    List<Occurrence> upcomingLedBy(long personId, Instant from, Instant until);

    List<Occurrence> upcomingForMember(long personId, Instant from, Instant until);

    List<Occurrence> inOrganisation(long organisationId, Instant from, Instant until);

    /** Writes pending changes now, so that rows deleted can be inserted again in one transaction. */
    void flush();

    /** The series with this iCalendar UID: how a calendar reply finds its series. */
    Optional<SessionSeries> findByUid(String uid);

    /** Every series of these groups. */
    List<SessionSeries> ofGroups(Collection<Long> groupIds);

    /** Series this person runs as a Round's facilitator. */
    List<SessionSeries> facilitatedBy(long personId);

    /**
     * Raises a series' SEQUENCE in the database, above its own and every occurrence's (an atomic update,
     * safe against a concurrent change), and returns the new value: done when an attendee is taken off
     * or added, so that what they receive outranks anything they were sent before.
     */
    int raiseSequence(SessionSeries series);

    /**
     * Scheduled occurrences starting in [from, until) whose reminders are not yet queued, locked for
     * this transaction and skipped by any other that has them (FOR UPDATE SKIP LOCKED).
     */
    List<Occurrence> lockDueForReminder(Instant from, Instant until, int limit);

    /**
     * The group's last scheduled (not cancelled) group session, by start: the one an
     * end-of-programme evaluation is about. Empty when it has none.
     */
    Optional<Long> lastScheduledGroupSession(long groupId);

    /** Occurrences held in a room, starting in [from, until), cancelled ones included. */
    List<Occurrence> inRoom(long roomId, Instant from, Instant until);
}
