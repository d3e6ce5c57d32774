package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.group.GroupService;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.domain.model.programme.ProgrammeTemplate;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: the programme templates; adapt one, or copy it to adapt the copy. */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupService groups;

    @Inject
    transient CurrentPerson me;

    private String code;
    private String name;
    private String description;
    private int minMembers;
    private int maxMembers;
    private int sessionMinutes;
    private int quorum;
    private String groundRules;
    private String copyCode;
    private String copyName;
    private boolean shared;

    private transient List<ProgrammeTemplate> templates;

    public List<ProgrammeTemplate> getTemplates() {
        if (templates == null) {
            templates = groups.templates(me.caller());
        }
        return templates;
    }

    public void edit(String templateCode) {
        ProgrammeTemplate t = groups.template(me.caller(), templateCode);
        shared = t.shared();
        code = t.code();
        name = t.name();
        description = t.description();
        minMembers = t.minMembers();
        maxMembers = t.maxMembers();
        sessionMinutes = t.sessionMinutes();
        quorum = t.quorum();
        groundRules = t.defaultGroundRules();
        copyCode = t.code() + "-copy";
        copyName = Texts.get("templatesPage.copyName", t.name());
    }

    public void save() {
        try {
            groups.updateTemplate(me.caller(), code, name, description, minMembers, maxMembers, sessionMinutes,
                    quorum, groundRules);
            Messages.info(Texts.get("templatesPage.templateSavedGroupsAlreadyMade"));
            templates = null;
        } catch (GroupRuleException e) {
            Messages.error(e.field() == null ? null : "template:" + e.field(), e.getMessage());
        }
    }

    public void copy() {
        try {
            edit(groups.copyTemplate(me.caller(), code, copyCode, copyName).code());
            templates = null;
            Messages.info(Texts.get("templatesPage.copiedYouAreNowEditing"));
        } catch (GroupRuleException e) {
            Messages.error(e.field() == null ? null : "template:copy" + capitalised(e.field()), e.getMessage());
        }
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public boolean isShared() { return shared; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getMinMembers() { return minMembers; }
    public void setMinMembers(int minMembers) { this.minMembers = minMembers; }
    public int getMaxMembers() { return maxMembers; }
    public void setMaxMembers(int maxMembers) { this.maxMembers = maxMembers; }
    public int getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(int sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public int getQuorum() { return quorum; }
    public void setQuorum(int quorum) { this.quorum = quorum; }
    public String getGroundRules() { return groundRules; }
    public void setGroundRules(String groundRules) { this.groundRules = groundRules; }
    public String getCopyCode() { return copyCode; }
    public void setCopyCode(String copyCode) { this.copyCode = copyCode; }
    public String getCopyName() { return copyName; }
    public void setCopyName(String copyName) { this.copyName = copyName; }
}
