package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.group.GroupSettingsService;
import org.kindred.application.group.GroupViews.CalendarTitle;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Facilitator: how a group's invitations are titled in calendars, a neutral title or the group's name. */
@Named
@ViewScoped
public class CalendarTitleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupSettingsService groups;

    @Inject
    transient CurrentPerson me;

    private Long groupId;
    private boolean discreet = true;
    private String neutralTitle = SupportGroup.DEFAULT_CALENDAR_TITLE;

    /** On the first GET, from what the group page read after its own check (no statement of its own). */
    void show(long group, CalendarTitle title) {
        groupId = group;
        discreet = title.discreet();
        neutralTitle = title.neutralTitle();
    }

    public void save() {
        try {
            SupportGroup group = groups.titleInvitations(me.caller(), groupId == null ? -1 : groupId, discreet, neutralTitle);
            neutralTitle = group.neutralTitle();
            Messages.info(discreet ? Texts.get("calendarTitleForm.savedNeutral", neutralTitle)
                    : Texts.get("calendarTitleForm.savedInvitationsSentFromNow"));
        } catch (RuleException e) {
            Messages.rule("invitationTitle", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.groupNotYoursToChange"));
        }
    }

    public Long getGroupId() { return groupId; }
    public boolean isDiscreet() { return discreet; }
    public void setDiscreet(boolean discreet) { this.discreet = discreet; }
    public String getNeutralTitle() { return neutralTitle; }
    public void setNeutralTitle(String neutralTitle) { this.neutralTitle = neutralTitle; }
}
