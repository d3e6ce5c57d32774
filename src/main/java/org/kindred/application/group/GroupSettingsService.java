package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kindred.application.access.Caller;
import org.kindred.domain.model.group.SupportGroup;

/**
 * A group's own settings, which its facilitators choose (and its organisation's organisers may): how
 * its invitations are titled in calendars. When it is evaluated is `EvaluationTimingService`'s, beside
 * the evaluation rule it feeds.
 */
@ApplicationScoped
public class GroupSettingsService {

    @Inject
    GroupAccess access;

    /**
     * The group's calendar title: the neutral title (worded by its facilitators or organisers) or the
     * group's name. Applies to invitations sent from now on.
     */
    @Transactional
    public SupportGroup titleInvitations(Caller caller, long groupId, boolean discreet, String neutralTitle) {
        SupportGroup group = access.asOrganiserOrFacilitator(caller, groupId);
        group.titleInvitations(discreet, neutralTitle);
        return group;
    }
}
