package org.kindred.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.NotFoundException;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.application.invitation.InvitationViews.FailedMessage;

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

    private transient List<FailedMessage> failed;
    private transient Map<Long, String> groupNames;

    public List<FailedMessage> getFailed() {
        if (failed == null) {
            failed = invitations.failed(me.caller());
        }
        return failed;
    }

    public String group(FailedMessage m) {
        if (m.groupId() == null) {
            return "Not about a group";
        }
        if (groupNames == null) {
            groupNames = groups.namesForOrganiser(me.caller());
        }
        return groupNames.getOrDefault(m.groupId(), "A group no longer listed");
    }

    public String kind(FailedMessage m) {
        return switch (m.kind()) {
            case "INVITATION" -> "Invitation";
            case "UPDATE" -> "Change to a session";
            case "CANCELLATION" -> "Cancellation";
            case "REMINDER" -> "Reminder";
            case "NOTICE" -> "Notice about a group";
            case "ALERT" -> "Alert to organisers";
            default -> m.kind();
        };
    }

    public void retry(long messageId) {
        try {
            invitations.retry(me.caller(), messageId);
            Messages.info("The email is back in the queue and will be sent again shortly.");
        } catch (NotFoundException e) {
            Messages.error(null, "That email is no longer waiting: it may have been sent again already.");
        }
        failed = null;
    }
}
