package org.kindred.interfaces.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.group.ConflictException;
import org.kindred.application.group.NotFoundException;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;

/** Organiser: ask one more person to join a Round's panel. */
@Named
@ViewScoped
public class AskPanellistForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient Event<ScheduleChanged> changed;

    private Long roundId;
    private Long personId;

    public void ask() {
        if (roundId == null || personId == null) {
            Messages.field("ask", roundId == null ? "roundId" : "personId",
                    roundId == null ? Texts.get("askPanellistForm.chooseTheRound") : Texts.get("askPanellistForm.chooseThePersonToAsk"));
            return;
        }
        try {
            scheduling.askPanellist(me.caller(), roundId, personId);
            Messages.info(Texts.get("askPanellistForm.askedTheyCanAgreeOr"));
            personId = null;
            changed.fire(new ScheduleChanged());
        } catch (RuleException e) {
            Messages.rule("ask", e);
        } catch (NotFoundException e) {
            Messages.field("ask", "roundId", Texts.get("askPanellistForm.chooseOneOfYourOrganisation"));
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public Long getRoundId() { return roundId; }
    public void setRoundId(Long roundId) { this.roundId = roundId; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
}
