package org.kindred.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.people.Leavers;
import org.kindred.application.people.PeopleService;
import org.kindred.application.secondfactor.SecondFactorService;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Admin: one person of the organisation: their roles, deactivating a leaver, reactivating, resetting their second factor. */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeopleService people;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient SecondFactorService secondFactor;

    private String idParam;
    private Long id;
    private Role[] roles = {};
    private boolean confirming;
    private transient Person person;
    private transient Boolean secondFactorEnrolled;

    /** On the first GET: another organisation's person answers 404, exactly like a missing one. */
    public void load() {
        try {
            id = Long.valueOf(idParam == null ? "" : idParam.strip());
            person = people.person(me.caller(), id);
            roles = person.roles().toArray(new Role[0]);
        } catch (NotFoundException | NumberFormatException e) {
            id = null;
            Messages.notFound();
        }
    }

    public Person getPerson() {
        if (person == null && id != null) {
            person = people.person(me.caller(), id);
        }
        return person;
    }

    public void saveRoles() {
        try {
            people.changeRoles(me.caller(), id, roles.length == 0 ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(Arrays.asList(roles)));
            Messages.info(Texts.get("personPage.rolesSaved"));
        } catch (ConflictException e) {
            Messages.error("roles:roles", e.getMessage());
        }
        person = null;
    }

    public void askToDeactivate() {
        confirming = true;
    }

    public void cancelDeactivation() {
        confirming = false;
    }

    public void deactivate() {
        confirming = false;
        try {
            Leavers.Departure done = people.deactivate(me.caller(), id);
            Messages.info(done.changed()
                    ? Texts.get("personPage.deactivated", done.groupsLeft().size(),
                            done.groupsHandedToCoLead().size(), done.groupsWithoutLeader().size(),
                            done.roundsWithoutFacilitator().size())
                    : Texts.get("personPage.alreadyInactive"));
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
        person = null;
    }

    public void reactivate() {
        people.reactivate(me.caller(), id);
        Messages.info(Texts.get("personPage.reactivated"));
        person = null;
    }

    /** Whether the person has an authenticator app enrolled (ADR 0023). */
    public boolean isSecondFactorEnrolled() {
        if (secondFactorEnrolled == null) {
            secondFactorEnrolled = id != null && secondFactor.enrolled(id);
        }
        return secondFactorEnrolled;
    }

    /** For someone who lost their phone and recovery codes: audited, and they are told. */
    public void resetSecondFactor() {
        secondFactorEnrolled = null;
        if (secondFactor.reset(me.caller(), id)) {
            Messages.info(Texts.get("personPage.twoFactorReset"));
        }
    }

    public boolean isConfirming() {
        return confirming;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }
}
