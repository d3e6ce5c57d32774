package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.group.GroundRulesService;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.OpenGroup;
import org.kindred.application.group.GroupViews.ParticipantGroup;
import org.kindred.application.group.MembershipService;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Participant: my groups (accept the rules, leave), invitations, and groups I can join. */
@Named
@ViewScoped
public class ParticipantGroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupViews views;

    @Inject
    transient MembershipService membership;

    @Inject
    transient GroundRulesService groundRules;

    @Inject
    transient CurrentPerson me;

    private transient List<ParticipantGroup> mine;
    private transient List<OpenGroup> open;

    public List<ParticipantGroup> getMine() {
        if (mine == null) {
            mine = views.forParticipant(me.caller());
        }
        return mine;
    }

    public List<OpenGroup> getOpen() {
        if (open == null) {
            open = views.openTo(me.caller());
        }
        return open;
    }

    public void join(long groupId) {
        act(() -> Messages.info(membership.join(me.caller(), groupId).message()));
    }

    public void leave(long groupId) {
        act(() -> {
            membership.leave(me.caller(), groupId);
            Messages.info(Texts.get("participantGroupsPage.youHaveLeftTheGroup"));
        });
    }

    public void decline(long groupId) {
        act(() -> {
            membership.decline(me.caller(), groupId);
            Messages.info(Texts.get("participantGroupsPage.invitationDeclined"));
        });
    }

    public void acceptRules(long groupId) {
        act(() -> {
            groundRules.accept(me.caller(), groupId);
            Messages.info(Texts.get("groundRules.thankYouYouHaveAccepted"));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (GroupRuleException | ConflictException e) {
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("participantGroupsPage.thatGroupIsNotAvailable"));
        }
        mine = null;
        open = null;
    }
}
