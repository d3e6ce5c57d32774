package org.kindred.interfaces.web.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kindred.application.mail.DemoMailbox;
import org.kindred.application.mail.DemoMailbox.DeliveredMail;

/** Demo mode: what Kindred has sent, so that invitations can be seen without a real mail server. */
@Named
@RequestScoped
public class DemoMailboxPage {

    @Inject
    DemoMailbox mailbox;

    public boolean isAvailable() {
        return mailbox.available();
    }

    public List<DeliveredMail> getMessages() {
        return mailbox.messages();
    }
}
