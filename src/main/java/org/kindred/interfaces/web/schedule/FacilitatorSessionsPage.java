package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.application.invitation.InvitationViews.Headcount;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Facilitator: my upcoming sessions across all my groups, each with its expected headcount (read for
 * all of them at once); moving and cancelling is {@link SessionChangeForm}.
 */
@Named
@ViewScoped
public class FacilitatorSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient InvitationViews invitations;

    @Inject
    transient CurrentPerson me;

    private transient List<SessionView> sessions;
    private transient Map<Long, Headcount> headcounts;

    private transient List<SessionView> recent;

    /** Sessions of the last four weeks that have started: where attendance is recorded. */
    public List<SessionView> getRecent() {
        if (recent == null) {
            recent = views.recentForFacilitator(me.caller()).stream()
                    .filter(s -> !s.cancelled() && s.kind() == org.kindred.domain.model.session.SeriesKind.GROUP_SESSION)
                    .toList();
        }
        return recent;
    }

    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = views.upcomingForFacilitator(me.caller());
        }
        return sessions;
    }

    /** "Expected 11 of 12 · 1 declined · 2 not answered", or nothing for a cancelled session. */
    public String expected(SessionView s) {
        if (headcounts == null) {
            headcounts = invitations.headcounts(me.caller(),
                    getSessions().stream().filter(v -> !v.cancelled()).map(SessionView::occurrenceId).toList());
        }
        Headcount h = s.cancelled() ? null : headcounts.get(s.occurrenceId());
        if (h == null) {
            return null;
        }
        if (h.invited() == 0) {
            return Texts.get("facilitatorSessionsPage.nobodyIsInvitedYet");
        }
        return Texts.get("facilitatorSessionsPage.expected", h.expected(), h.invited(), h.declined(), h.noReply());
    }

    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) ScheduleChanged changed) {
        sessions = null;
        headcounts = null;
    }
}
