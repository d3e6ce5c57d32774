package org.kindred.interfaces.web.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.invitation.FeedService;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Participant: my private calendar subscription address. Only its hash is kept, so the address is
 * shown once, in this view, when it is made; turning it off is a confirm step.
 */
@Named
@ViewScoped
public class CalendarFeedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedService feeds;

    @Inject
    transient CurrentPerson me;

    private Boolean active;
    private String address;
    private boolean confirmingOff;

    public boolean isActive() {
        if (active == null) {
            active = feeds.hasPersonal(me.caller());
        }
        return active;
    }

    public void make() {
        boolean replaced = isActive();
        address = feeds.renewPersonal(me.caller());
        active = true;
        confirmingOff = false;
        Messages.info(replaced ? Texts.get("calendarFeedPage.yourNewAddressIsReady")
                : Texts.get("calendarFeedPage.yourPrivateAddressIsReady"));
    }

    public void askTurnOff() {
        confirmingOff = true;
    }

    public void turnOff() {
        feeds.revokePersonal(me.caller());
        active = false;
        address = null;
        confirmingOff = false;
        Messages.info(Texts.get("calendarFeedPage.yourPrivateAddressIsTurned"));
    }

    public void keep() {
        confirmingOff = false;
    }

    public String getAddress() { return address; }
    public boolean isConfirmingOff() { return confirmingOff; }
}
