package org.kindred.interfaces.web.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kindred.application.group.GroupViews;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.application.invitation.InvitationViews.FailedGroup;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: the emails that could not be delivered (without their recipients), each to send again. */
@Named
@ViewScoped
public class InvitationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationViews invitations;

    @Inject
    transient GroupViews groups;

    @Inject
    transient CurrentPerson me;

    private transient List<FailedGroup> failed;
    private transient Map<Long, String> groupNames;

    public List<FailedGroup> getFailed() {
        if (failed == null) {
            failed = invitations.failed(me.caller());
        }
        return failed;
    }

    public String group(FailedGroup f) {
        if (f.groupId() == null) {
            return Texts.get("invitationsPage.notAboutAGroup");
        }
        if (groupNames == null) {
            groupNames = groups.namesForOrganiser(me.caller());
        }
        return groupNames.getOrDefault(f.groupId(), Texts.get("invitationsPage.aGroupNoLongerListed"));
    }

    public void retry(Long groupId) {
        try {
            // the same words for one email or many: the failed count is shown as disclosure control allows
            invitations.retry(me.caller(), groupId);
            Messages.info(Texts.get("invitationsPage.theEmailsAreBackIn"));
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("invitationsPage.thoseEmailsAreNoLonger"));
        }
        failed = null;
    }
}
