package org.kindred.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.kindred.application.account.AccountException;
import org.kindred.application.account.AccountService;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Admin: the people of the organisation with their roles, and inviting a new one. */
@Named
@ViewScoped
public class ManagePeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentPerson me;

    @NotBlank(message = "Enter the person's name.")
    @Size(max = Person.MAX_NAME_LENGTH, message = "Use at most {max} characters.")
    private String name;

    @NotBlank(message = "Enter a work email address.")
    @Size(max = EmailAddress.MAX_LENGTH, message = "Use at most {max} characters.")
    private String email;

    @NotEmpty(message = "Choose at least one role.")
    private Role[] roles = {};

    private transient List<Person> people;

    public List<Person> getPeople() {
        if (people == null) {
            people = accounts.everyone(me.getPerson().organisationId());
        }
        return people;
    }

    public void invite() {
        try {
            accounts.invite(me.getPerson().organisationId(), name, email, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
            Messages.info(Texts.get("managePeoplePage.invitationSentThePersonChooses"));
            name = null;
            email = null;
            roles = new Role[0];
            people = null;
        } catch (AccountException e) {
            Messages.error("invite:email", e.getMessage());
        } catch (IllegalArgumentException e) {
            Messages.error(e.getMessage().startsWith("Email") ? "invite:email" : "invite:name", e.getMessage());
        } catch (MailDeliveryException e) {
            Messages.error(null, Texts.get("managePeoplePage.theInvitationEmailCouldNot"));
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }
}
