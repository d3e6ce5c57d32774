package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kindred.application.PortalSettings;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.application.mail.MailMessage;
import org.kindred.application.mail.Mailer;

/**
 * Emails about groups, sent after the change has committed. The texts name no group and no other
 * person: a mail may be read over a shoulder, and the portal shows the rest after sign-in.
 * A failed send is logged by person id; the portal still shows the change (the transactional
 * invitation outbox will take these over).
 */
@ApplicationScoped
public class GroupMail {

    private static final Logger LOG = Logger.getLogger(GroupMail.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings portal;

    void promoted(@Observes(during = TransactionPhase.AFTER_SUCCESS) GroupNotices.Promoted notice) {
        send(notice.personId(), new MailMessage(notice.email(), "A place has come up in your group",
                "Good news: a place has come up in a group whose waitlist you were on, and it is yours.\n\n"
                + "See the group and its ground rules in Kindred:\n" + portal.link("/participant/index.xhtml") + "\n"));
    }

    void invited(@Observes(during = TransactionPhase.AFTER_SUCCESS) GroupNotices.Invited notice) {
        send(notice.personId(), new MailMessage(notice.email(), "You are invited to a group",
                "A facilitator has invited you to join a reflective-practice or peer-support group.\n\n"
                + "Accept or decline in Kindred:\n" + portal.link("/participant/index.xhtml") + "\n"));
    }

    void rulesToAccept(@Observes(during = TransactionPhase.AFTER_SUCCESS) GroupNotices.RulesToAccept notice) {
        for (GroupNotices.Recipient recipient : notice.recipients()) {
            send(recipient.personId(), new MailMessage(recipient.email(), "Please accept your group's ground rules",
                    "Your group has ground rules that everyone agrees to before taking part.\n\n"
                    + "Read and accept them here (the link works once, for 14 days):\n"
                    + portal.link("/ground-rules.xhtml?token=" + recipient.secret()) + "\n\n"
                    + "Or sign in to Kindred and accept them there.\n"));
        }
    }

    private void send(long personId, MailMessage message) {
        try {
            mailer.send(message);
        } catch (MailDeliveryException e) {
            LOG.warning(() -> "group mail to person " + personId + " not sent: " + e.getMessage());
        } catch (RuntimeException e) {
            // A settings problem, say: the change has committed, so report it by id and carry on.
            LOG.warning(() -> "group mail to person " + personId + " not sent: " + e.getClass().getSimpleName());
        }
    }
}
