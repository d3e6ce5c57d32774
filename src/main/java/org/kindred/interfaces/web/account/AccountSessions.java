package org.kindred.interfaces.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.account.SignedInSessionService;
import org.kindred.application.account.SignedInSessionService.Listed;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * The account page's list of the person's signed-in sessions (ADR 0024): where and since when, this one
 * marked, and a button to sign out any other, or all others at once. The list is kept for the view, so
 * that a button acts on the session it stood beside even if the list changed meanwhile.
 */
@Named
@ViewScoped
public class AccountSessions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedInSessionService sessions;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient ExternalContext external;

    private List<Listed> lines;

    public List<Listed> getSessions() {
        if (lines == null) {
            lines = sessions.mine(me.getPerson().id(), currentKey());
        }
        return lines;
    }

    public boolean isAnyOther() {
        return getSessions().stream().anyMatch(s -> !s.current());
    }

    public void signOut(long id) {
        if (sessions.signOut(me.getPerson().id(), id)) {
            Messages.info(Texts.get("accountSessions.signedOut"));
        } else {
            Messages.info(Texts.get("accountSessions.alreadyEnded"));
        }
        lines = null;
    }

    public void signOutOthers() {
        int ended = sessions.signOutOthers(me.getPerson().id(), currentKey());
        Messages.info(Texts.get("accountSessions.othersSignedOut", ended));
        lines = null;
    }

    private String currentKey() {
        return external.getSessionMap().get(SignedInSessionService.SESSION_KEY) instanceof String key ? key : null;
    }
}
