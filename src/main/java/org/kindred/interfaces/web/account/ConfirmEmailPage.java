package org.kindred.interfaces.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.account.AccountException;
import org.kindred.application.account.AccountService;
import org.kindred.application.account.SignedInSessionService;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.interfaces.web.jsf.Messages;

/**
 * The page behind the link sent to a new sign-in address (ADR 0024). Opening it changes nothing, since
 * mail scanners fetch links too; the button confirms. It needs no sign-in: the link proves the address,
 * the password was given when the change was asked for.
 */
@Named
@ViewScoped
public class ConfirmEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient ExternalContext external;

    private String token;
    private String newEmail;
    private boolean usable;
    private boolean done;

    /** Called on the first GET (f:viewAction): a dead link explains itself. */
    public void check() {
        newEmail = accounts.pendingEmailChange(token).orElse(null);
        usable = newEmail != null;
    }

    public void confirm() {
        try {
            Object key = external.getSessionMap().get(SignedInSessionService.SESSION_KEY);
            accounts.confirmEmailChange(token, key instanceof String k ? k : null);
            done = true;
        } catch (AccountException | InvalidTokenException e) {
            Messages.error(null, e.getMessage());
        }
        usable = false;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }
}
