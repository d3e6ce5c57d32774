package org.kindred.interfaces.web.round;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;
import org.kindred.interfaces.web.schedule.ScheduleChanged;

/**
 * Organiser: ask one more person to join a Round's panel, by typing their work email address. The
 * outcome is the same whether or not the address has an account.
 */
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
    private String email;

    public void ask() {
        if (roundId == null) {
            Messages.field("ask", "roundId", Texts.get("askPanellistForm.chooseTheRound"));
            return;
        }
        try {
            scheduling.askPanellist(me.caller(), roundId, email);
            Messages.info(Texts.get("askPanellistForm.askedTheyCanAgreeOr"));
            email = null;
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
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
