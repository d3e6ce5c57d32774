package org.kindred.interfaces.rest.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.kindred.application.session.ScheduleResult;
import org.kindred.application.session.SchedulingService;
import org.kindred.interfaces.CurrentPerson;

/**
 * The changes to single sessions that organisers and a group's facilitators both make: a one-off extra
 * session, a new time or place for one occurrence, a cancellation. Two URL sets offer them
 * (/organiser/schedule and /facilitator/sessions), each in its own role area with its own wording; what
 * they do is written once, here, so that the two cannot drift apart. Which groups the caller may change
 * is the service's object-level check, the same for both.
 */
@RequestScoped
public class OccurrenceChanges {

    @Inject
    SchedulingService scheduling;

    @Inject
    CurrentPerson me;

    /** A one-off session outside the group's series; a clash answers 409 (no choice to skip or move). */
    public Response extra(long groupId, ScheduleBodies.Session session) {
        return created(scheduling.schedule(me.caller(), groupId, session.plan(), null));
    }

    /** Time, length, room or video link of one occurrence; the rest of its series stays as it is. */
    public void reschedule(long occurrenceId, ScheduleBodies.Session session) {
        scheduling.reschedule(me.caller(), occurrenceId, session.start, session.minutes(), session.roomId,
                session.onlineLink);
    }

    /** The reason is optional, so the body may be left out. */
    public void cancel(long occurrenceId, ScheduleBodies.Cancellation cancellation) {
        scheduling.cancel(me.caller(), occurrenceId, cancellation == null ? null : cancellation.reason);
    }

    /** What every booking answers: 201, the new series' address, and what was booked, skipped or moved. */
    static Response created(ScheduleResult result) {
        return Response.created(URI.create("series/" + result.seriesId())).entity(result).build();
    }
}
