package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ClashChoice;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.ScheduleResult;
import org.kindred.application.session.SchedulingService;
import org.kindred.application.session.SeriesPlan;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.session.RecurrencePattern;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.DateFormats;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Organiser: a new series for the group. When dates clash nothing is booked; the clashes are listed
 * and the same plan is sent again with the organiser's choice: skip them, or hold them in another room.
 */
@Named
@ViewScoped
public class NewSeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient GroupSchedulePage page;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient DateFormats dates;

    @Inject
    transient Event<ScheduleChanged> changed;

    private SessionFields session = new SessionFields();
    private RecurrencePattern pattern;
    private Integer count;
    private LocalDate until;
    private Long moveToRoomId;
    private String clashMessage;
    private List<String> clashes = List.of();

    public void book() {
        clashes = List.of();
        if (pattern == null) {
            Messages.field("series", "pattern", Texts.get("newSeriesForm.chooseHowOftenTheSessions"));
            return;
        }
        submit(null);
    }

    public void skipClashes() {
        submit(new ClashChoice(ClashChoice.Action.SKIP, null));
    }

    public void moveClashes() {
        submit(new ClashChoice(ClashChoice.Action.MOVE, moveToRoomId));
    }

    public void cancel() {
        clear();
        Messages.info(Texts.get("newSeriesForm.nothingWasBookedTheForm"));
    }

    private void submit(ClashChoice choice) {
        try {
            SeriesPlan plan = new SeriesPlan(session.start("firstStart", "firstStartTime"), null, session.getMinutes(),
                    null, pattern, count, until, session.getRoomId(), session.getOnlineLink());
            ScheduleResult result = scheduling.schedule(me.caller(), page.getGroup(), plan, choice);
            clear();
            Outcomes.show(result, dates.zone());
            changed.fire(new ScheduleChanged());
        } catch (ClashException e) {
            clashMessage = e.getMessage();
            clashes = SessionTexts.clashLines(e, dates.zone());
        } catch (RuleException e) {
            Messages.rule("moveToRoomId".equals(e.field()) ? "clash" : "series", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.groupNotYoursToSchedule"));
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    private void clear() {
        session = new SessionFields();
        pattern = null;
        count = null;
        until = null;
        moveToRoomId = null;
        clashMessage = null;
        clashes = List.of();
    }

    public boolean isClashing() { return !clashes.isEmpty(); }
    public List<String> getClashes() { return clashes; }
    public String getClashMessage() { return clashMessage; }
    /** The first session's start, length and place. */
    public SessionFields getSession() { return session; }
    public RecurrencePattern getPattern() { return pattern; }
    public void setPattern(RecurrencePattern pattern) { this.pattern = pattern; }
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public Long getMoveToRoomId() { return moveToRoomId; }
    public void setMoveToRoomId(Long moveToRoomId) { this.moveToRoomId = moveToRoomId; }
}
