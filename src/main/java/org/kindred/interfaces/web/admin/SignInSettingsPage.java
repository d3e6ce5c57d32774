package org.kindred.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.access.ConflictException;
import org.kindred.application.signin.SignInSettingsService;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Admin: how the organisation's people sign in (passwords, single sign-on's new people and roles). */
@Named
@ViewScoped
public class SignInSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignInSettingsService service;

    @Inject
    transient CurrentPerson me;

    private transient SignInSettingsService.Settings settings;
    private boolean passwordSignIn;
    private String newPeople;
    private String roles;
    private boolean read;

    public SignInSettingsService.Settings getSettings() {
        if (settings == null) {
            settings = service.settings(me.caller());
            if (!read) {
                passwordSignIn = settings.passwordSignIn();
                newPeople = settings.newPeople().name();
                roles = settings.roles().name();
                read = true;
            }
        }
        return settings;
    }

    public void save() {
        Organisation.NewPeople people;
        Organisation.RoleSource source;
        try {
            people = Organisation.NewPeople.valueOf(newPeople);
            source = Organisation.RoleSource.valueOf(roles);
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.error(null, Texts.get("admin.signIn.chooseOne"));
            return;
        }
        try {
            service.change(me.caller(), passwordSignIn, people, source);
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
            return;
        }
        settings = null;
        Messages.info(Texts.get("admin.signIn.saved"));
    }

    public boolean isPasswordSignIn() {
        getSettings();
        return passwordSignIn;
    }

    public void setPasswordSignIn(boolean passwordSignIn) {
        this.passwordSignIn = passwordSignIn;
        this.read = true;
    }

    public String getNewPeople() {
        getSettings();
        return newPeople;
    }

    public void setNewPeople(String newPeople) {
        this.newPeople = newPeople;
        this.read = true;
    }

    public String getRoles() {
        getSettings();
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
        this.read = true;
    }
}
