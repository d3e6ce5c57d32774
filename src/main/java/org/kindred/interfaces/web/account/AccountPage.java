package org.kindred.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kindred.application.account.AccountException;
import org.kindred.application.account.AccountService;
import org.kindred.application.account.SignedInSessionService;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** The signed-in person's own account: their sign-in address and password, changed only with their password. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    CurrentPerson me;

    @Inject
    AccountService accounts;

    @Inject
    ExternalContext external;

    private String currentPassword;
    private String newEmail;
    private String confirmation;
    private String passwordForChange;
    private String newPassword;
    private String newPasswordAgain;

    public String getEmail() {
        return me.getPerson().email().value();
    }

    public void changeEmail() {
        if (newEmail == null || !newEmail.strip().equalsIgnoreCase(confirmation == null ? "" : confirmation.strip())) {
            Messages.error("account:confirmation", Texts.get("accountPage.addressesDiffer"));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            accounts.changeEmail(me.getPerson().id(), currentPassword, newEmail, request.getRemoteAddr());
            Messages.info(Texts.get("accountPage.confirmationSent", newEmail.strip().toLowerCase(java.util.Locale.ROOT)));
            newEmail = null;
            confirmation = null;
        } catch (AccountException e) {
            String field = AccountService.WRONG_PASSWORD.equals(e.getMessage()) ? "account:password" : "account:newEmail";
            Messages.error(field, e.getMessage());
        }
        currentPassword = null;
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
            Messages.error("password:newPasswordAgain", Texts.get("setPasswordPage.theTwoPasswordsAreNot"));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            accounts.changePassword(me.getPerson().id(), passwordForChange, newPassword, request.getRemoteAddr(),
                    request.getSession().getAttribute(SignedInSessionService.SESSION_KEY) instanceof String key ? key : null);
            Messages.info(Texts.get("accountPage.passwordChanged"));
        } catch (AccountException e) {
            String field = AccountService.WRONG_PASSWORD.equals(e.getMessage()) ? "password:current" : "password:newPassword";
            Messages.error(field, e.getMessage());
        }
        passwordForChange = null;
        newPassword = null;
        newPasswordAgain = null;
    }

    public String getPasswordForChange() {
        return passwordForChange;
    }

    public void setPasswordForChange(String passwordForChange) {
        this.passwordForChange = passwordForChange;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
