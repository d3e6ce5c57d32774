package org.kindred.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.account.AccountService;
import org.kindred.application.rights.ErasureService;
import org.kindred.domain.model.person.Person;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Admin: erase a deactivated person for good, once the admin has ticked that it cannot be undone
 * (UK GDPR Art. 17; ADR 0020). Only deactivated people are offered; the service checks again.
 */
@Named
@RequestScoped
public class ErasePersonForm {

    @Inject
    ErasureService erasure;

    @Inject
    AccountService accounts;

    @Inject
    CurrentPerson me;

    private Long personId;
    private boolean understood;
    private List<Person> deactivated;

    public List<Person> getDeactivated() {
        if (deactivated == null) {
            deactivated = accounts.everyone(me.getPerson().organisationId()).stream()
                    .filter(p -> !p.active() && !p.id().equals(me.getPerson().id())).toList();
        }
        return deactivated;
    }

    public String erase() {
        if (personId == null) {
            Messages.error("erase:personId", Texts.get("erasePersonForm.choose"));
            return null;
        }
        if (!understood) {
            Messages.error("erase:understood", Texts.get("erasePersonForm.tickToConfirm"));
            return null;
        }
        try {
            erasure.erase(me.caller(), personId);
        } catch (ConflictException e) {
            Messages.error("erase:personId", e.getMessage());
            return null;
        } catch (NotFoundException e) {
            Messages.error("erase:personId", Texts.get("erasePersonForm.notFound"));
            return null;
        }
        Messages.info(Texts.get("erasePersonForm.erased"));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/people?faces-redirect=true";
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
