package org.kindred.interfaces.web.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.PanelInvitation;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Participant: my upcoming sessions (with cancellations and their reasons) and the Round panels I am asked to join. */
@Named
@ViewScoped
public class PanelsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient CurrentPerson me;

    private transient List<SessionView> sessions;
    private transient List<PanelInvitation> invitations;

    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = views.upcomingForMember(me.caller());
        }
        return sessions;
    }

    public List<PanelInvitation> getInvitations() {
        if (invitations == null) {
            invitations = views.panelInvitations(me.caller());
        }
        return invitations;
    }

    public void consent(long roundId) {
        answer(roundId, true, Texts.get("panelsPage.thankYouYouAreOn"));
    }

    public void decline(long roundId) {
        answer(roundId, false, Texts.get("panelsPage.yourAnswerIsSavedYou"));
    }

    private void answer(long roundId, boolean consent, String done) {
        try {
            scheduling.answerPanel(me.caller(), roundId, consent);
            Messages.info(done);
        } catch (RuleException | ConflictException e) {
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("panelsPage.thatPanelIsNotAvailable"));
        }
        invitations = null;
    }
}
