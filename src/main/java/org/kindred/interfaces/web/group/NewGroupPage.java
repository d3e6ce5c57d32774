package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kindred.application.group.GroupService;
import org.kindred.application.group.GroupService.FacilitatorChoice;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.domain.model.programme.ProgrammeTemplate;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: a group from a template in a few clicks; sizes left empty take the template's. */
@Named
@ViewScoped
public class NewGroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupService groups;

    @Inject
    transient CurrentPerson me;

    @NotBlank(message = "Choose a programme template.")
    private String template;
    @NotBlank(message = "Give the group a name.")
    @Size(max = 120, message = "Use at most {max} characters.")
    private String name;
    @Positive(message = "Enter a positive number.")
    private Integer minMembers;
    @Positive(message = "Enter a positive number.")
    private Integer maxMembers;
    @Positive(message = "Enter a positive number.")
    private Integer quorum;
    private boolean selfEnrolment = true;
    private LocalDate startsOn;
    @NotNull(message = "Choose the lead facilitator.")
    private Long leadId;
    private Long coLeadId;
    private Long createdId;
    private transient List<ProgrammeTemplate> templates;
    private transient List<FacilitatorChoice> facilitators;

    /** Read once per request: JSF asks for select items in several phases, and twice for the leaders. */
    public List<ProgrammeTemplate> getTemplates() {
        if (templates == null) {
            templates = groups.templates(me.caller());
        }
        return templates;
    }

    public List<FacilitatorChoice> getFacilitators() {
        if (facilitators == null) {
            facilitators = groups.facilitators(me.caller());
        }
        return facilitators;
    }

    public void create() {
        try {
            createdId = groups.create(me.caller(), new GroupService.NewGroup(template, name, minMembers, maxMembers,
                    quorum, selfEnrolment, startsOn, leadId, coLeadId)).id();
            Messages.info(Texts.get("newGroupPage.theGroupIsCreatedIts"));
            facilitators = null; // the lead now leads one more group
        } catch (GroupRuleException e) {
            Messages.error(e.field() == null ? null : "group:" + e.field(), e.getMessage());
        }
    }

    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getMinMembers() { return minMembers; }
    public void setMinMembers(Integer minMembers) { this.minMembers = minMembers; }
    public Integer getMaxMembers() { return maxMembers; }
    public void setMaxMembers(Integer maxMembers) { this.maxMembers = maxMembers; }
    public Integer getQuorum() { return quorum; }
    public void setQuorum(Integer quorum) { this.quorum = quorum; }
    public boolean isSelfEnrolment() { return selfEnrolment; }
    public void setSelfEnrolment(boolean selfEnrolment) { this.selfEnrolment = selfEnrolment; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public Long getLeadId() { return leadId; }
    public void setLeadId(Long leadId) { this.leadId = leadId; }
    public Long getCoLeadId() { return coLeadId; }
    public void setCoLeadId(Long coLeadId) { this.coLeadId = coLeadId; }
    public Long getCreatedId() { return createdId; }
}
