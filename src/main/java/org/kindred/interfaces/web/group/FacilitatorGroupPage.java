package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.access.ConflictException;
import org.kindred.application.group.GroundRulesService;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.GroupPage;
import org.kindred.application.group.GroupViews.Roster;
import org.kindred.application.group.MembershipService;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Facilitator: one of my groups. Roster, waitlist, invitations, requests and the ground rules. */
@Named
@ViewScoped
public class FacilitatorGroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupViews views;

    @Inject
    transient MembershipService membership;

    @Inject
    transient GroundRulesService groundRules;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient CalendarTitleForm calendarTitle;

    @Inject
    transient EvaluationTimingForm evaluationTiming;

    private Long id;
    private transient Roster roster;
    private String inviteEmail;
    private String rulesText;

    /**
     * On the first GET: someone else's group answers 404, exactly like a missing one. The settings forms
     * get their values from the same read.
     */
    public void load() {
        try {
            GroupPage page = views.groupPage(me.caller(), id == null ? -1 : id);
            roster = page.roster();
            rulesText = roster.rulesText();
            calendarTitle.show(id, page.calendarTitle());
            evaluationTiming.show(id, page.evaluationTiming());
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public Roster getRoster() {
        if (roster == null && id != null) {
            roster = views.roster(me.caller(), id);
        }
        return roster;
    }

    public void invite() {
        act(() -> membership.invite(me.caller(), id, inviteEmail), "invite:email", Texts.get("facilitatorGroupPage.invitationSent"));
        inviteEmail = null;
    }

    public void approve(long personId) {
        act(() -> membership.approve(me.caller(), id, personId), null, Texts.get("facilitatorGroupPage.requestAccepted"));
    }

    public void remove(long personId) {
        act(() -> membership.remove(me.caller(), id, personId), null,
                Texts.get("facilitatorGroupPage.removedIfAnyoneWasWaiting"));
    }

    public void changeRules() {
        act(() -> groundRules.change(me.caller(), id, rulesText), "rules:text",
                Texts.get("facilitatorGroupPage.newGroundRulesSavedEveryone"));
    }

    private void act(Runnable action, String field, String done) {
        try {
            action.run();
            Messages.info(done);
            roster = null;
        } catch (GroupRuleException e) {
            Messages.error(field, e.getMessage());
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.notFound(); // no longer a leader of this group
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public String getRulesText() { return rulesText; }
    public void setRulesText(String rulesText) { this.rulesText = rulesText; }
}
