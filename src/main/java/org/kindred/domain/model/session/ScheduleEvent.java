package org.kindred.domain.model.session;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A change to a group's sessions, raised inside the transaction that makes it, for the invitations
 * to follow (the calendar-invites work consumes these).
 *
 * @param scope       whether the whole series changed (SEQUENCE raised) or one occurrence did
 * @param occurrences the affected occurrences by their original wall-clock start: the RECURRENCE-ID
 */
public record ScheduleEvent(Kind kind, Scope scope, long groupId, long seriesId, List<LocalDateTime> occurrences) {

    public enum Kind { SCHEDULED, CHANGED, CANCELLED }

    public enum Scope { SERIES, OCCURRENCE }

    public ScheduleEvent {
        occurrences = List.copyOf(occurrences);
    }
}
