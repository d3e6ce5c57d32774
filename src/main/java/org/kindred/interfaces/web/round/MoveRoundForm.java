package org.kindred.interfaces.web.round;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.PreparationChoiceException;
import org.kindred.application.session.RoundMove;
import org.kindred.application.session.ScheduleViews.RoundView;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;
import org.kindred.interfaces.web.schedule.ScheduleChanged;
import org.kindred.interfaces.web.schedule.SessionFields;
import org.kindred.interfaces.web.schedule.SessionTexts;

/**
 * Organiser: move a Round (and its debrief). When it changes day the service offers to move the
 * preparation meeting by the same amount; the organiser answers and the move is sent again.
 */
@Named
@ViewScoped
public class MoveRoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient SessionTexts when;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient Event<ScheduleChanged> changed;

    private Long roundId;
    private String what;
    private String zone;
    private SessionFields session = new SessionFields();
    private String preparationQuestion;
    private List<String> clashes = List.of();

    public void select(RoundView round) {
        roundId = round.id();
        what = round.topic() + (round.round() == null ? "" : ", " + when.span(round.round()));
        zone = round.round() == null ? null : round.round().zone();
        session = round.round() == null ? new SessionFields() : new SessionFields(round.round());
        preparationQuestion = null;
        clashes = List.of();
    }

    public void move() {
        submit(null);
    }

    public void movePreparationToo() {
        submit(Boolean.TRUE);
    }

    public void keepPreparation() {
        submit(Boolean.FALSE);
    }

    private void submit(Boolean movePreparation) {
        clashes = List.of();
        preparationQuestion = null;
        try {
            scheduling.moveRound(me.caller(), roundId,
                    new RoundMove(session.start("start", "startTime"), session.getRoomId(), session.getOnlineLink(),
                            movePreparation));
            Messages.info(Boolean.TRUE.equals(movePreparation)
                    ? Texts.get("moveRoundForm.movedWithPreparation")
                    : Texts.get("moveRoundForm.movedWithDebrief"));
            back();
            changed.fire(new ScheduleChanged());
        } catch (PreparationChoiceException e) {
            preparationQuestion = e.getMessage();
        } catch (ClashException e) {
            clashes = SessionTexts.clashDetails(e);
            Messages.error(null, e.getMessage());
        } catch (RuleException e) {
            Messages.rule("moveRound", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("moveRoundForm.thisRoundIsNoLonger"));
            back();
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void back() {
        roundId = null;
        preparationQuestion = null;
        clashes = List.of();
    }

    public Long getRoundId() { return roundId; }
    public String getWhat() { return what; }
    public String getZone() { return zone; }
    public String getPreparationQuestion() { return preparationQuestion; }
    public List<String> getClashes() { return clashes; }
    /** The Round's new start and place; its length stays as it is. */
    public SessionFields getSession() { return session; }
}
