package org.kindred.interfaces.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.account.AccountException;
import org.kindred.application.account.AccountService;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** The page behind the emailed single-use link: the invited person chooses a password. */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String token;
    private String password;
    private String confirmation;
    private boolean usable;
    private boolean done;

    /** Called on the first GET (f:viewAction), so a dead link explains itself before any typing. */
    public void check() {
        usable = accounts.isUsableLink(token);
    }

    public void submit() {
        if (password == null || !password.equals(confirmation)) {
            Messages.error("setPassword:confirmation", Texts.get("setPasswordPage.theTwoPasswordsAreNot"));
            return;
        }
        try {
            accounts.setPassword(token, password);
            done = true;
            usable = false;
        } catch (AccountException e) {
            Messages.error("setPassword:password", e.getMessage());
        } catch (InvalidTokenException e) {
            usable = false;
            Messages.error(null, e.getMessage());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }
}
