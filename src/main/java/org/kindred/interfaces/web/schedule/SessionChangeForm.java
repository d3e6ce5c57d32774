package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Organisers and facilitators: move one session (time, length, room or link) or cancel it with an
 * optional reason, after a confirm step. The rest of its series stays as it is.
 */
@Named("sessionChange")
@ViewScoped
public class SessionChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Mode { MOVE, CANCEL }

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient SessionTexts when;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient Event<ScheduleChanged> changed;

    private Mode mode;
    private Long occurrenceId;
    private String what;
    private String zone;
    private SessionFields session = new SessionFields();
    private String reason;
    private List<String> clashes = List.of();

    public void startMove(SessionView s) {
        select(s, Mode.MOVE);
        session = new SessionFields(s);
    }

    public void startCancel(SessionView s) {
        select(s, Mode.CANCEL);
        reason = null;
    }

    private void select(SessionView s, Mode chosen) {
        mode = chosen;
        occurrenceId = s.occurrenceId();
        what = when.title(s) + ", " + when.span(s);
        zone = s.zone();
        clashes = List.of();
    }

    public void move() {
        clashes = List.of();
        act("change", () -> scheduling.reschedule(me.caller(), occurrenceId, session.start("start", "startTime"),
                session.getMinutes(), session.getRoomId(), session.getOnlineLink()),
                Texts.get("sessionChangeForm.theSessionIsMovedThe"));
    }

    public void cancel() {
        act("cancelSession", () -> scheduling.cancel(me.caller(), occurrenceId, reason),
                Texts.get("sessionChangeForm.theSessionIsCancelledIt"));
    }

    public void back() {
        mode = null;
        occurrenceId = null;
        clashes = List.of();
    }

    private void act(String form, Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            back();
            changed.fire(new ScheduleChanged());
        } catch (ClashException e) {
            clashes = SessionTexts.clashDetails(e);
            Messages.error(null, e.getMessage());
        } catch (RuleException e) {
            Messages.rule(form, e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("sessionChangeForm.thisSessionIsNoLonger"));
            back();
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public Mode getMode() { return mode; }
    public String getWhat() { return what; }
    public String getZone() { return zone; }
    public List<String> getClashes() { return clashes; }
    public SessionFields getSession() { return session; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
