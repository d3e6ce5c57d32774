package org.kindred.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.group.GroupService;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.CalendarTitle;
import org.kindred.application.group.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.group.SupportGroup;

/** Facilitator: how a group's invitations are titled in calendars, a neutral title or the group's name. */
@Named
@ViewScoped
public class CalendarTitleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupViews views;

    @Inject
    transient GroupService groups;

    @Inject
    transient CurrentPerson me;

    private Long groupId;
    private boolean discreet = true;
    private String neutralTitle = SupportGroup.DEFAULT_CALENDAR_TITLE;

    /** On the first GET, after the page's own check: a group that is not the caller's shows nothing here. */
    public void load(Long group) {
        try {
            CalendarTitle title = views.calendarTitle(me.caller(), group == null ? -1 : group);
            groupId = group;
            discreet = title.discreet();
            neutralTitle = title.neutralTitle();
        } catch (NotFoundException e) {
            groupId = null; // the page itself answers 404
        }
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
