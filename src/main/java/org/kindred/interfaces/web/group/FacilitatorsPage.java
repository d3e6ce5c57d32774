package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kindred.application.group.GroupService;
import org.kindred.application.group.GroupService.FacilitatorChoice;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: facilitators' training, accreditation expiry (lapsed ones flagged) and group limits. */
@Named
@ViewScoped
public class FacilitatorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupService groups;

    @Inject
    transient CurrentPerson me;

    private transient List<FacilitatorChoice> facilitators;
    private Long editing;
    private String training;
    private LocalDate accreditedUntil;
    private int maxGroups;

    public List<FacilitatorChoice> getFacilitators() {
        if (facilitators == null) {
            facilitators = groups.facilitators(me.caller());
        }
        return facilitators;
    }

    public void edit(FacilitatorChoice facilitator) {
        editing = facilitator.personId();
        training = facilitator.training();
        accreditedUntil = facilitator.accreditedUntil();
        maxGroups = facilitator.maxGroups();
    }

    public void save() {
        try {
            groups.updateFacilitator(me.caller(), editing, training, accreditedUntil, maxGroups);
            Messages.info(Texts.get("facilitatorsPage.saved"));
            editing = null;
            facilitators = null;
        } catch (GroupRuleException e) {
            Messages.error("profile:" + e.field(), e.getMessage());
        }
    }

    public Long getEditing() { return editing; }
    public String getTraining() { return training; }
    public void setTraining(String training) { this.training = training; }
    public LocalDate getAccreditedUntil() { return accreditedUntil; }
    public void setAccreditedUntil(LocalDate accreditedUntil) { this.accreditedUntil = accreditedUntil; }
    public int getMaxGroups() { return maxGroups; }
    public void setMaxGroups(int maxGroups) { this.maxGroups = maxGroups; }
}
