package org.kindred.interfaces.web.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.OrganiserGroup;
import org.kindred.interfaces.CurrentPerson;

/** Organiser: the organisation's groups with counts (small ones as "*") and viability warnings. */
@Named
@RequestScoped
public class OrganiserGroupsPage {

    @Inject
    GroupViews views;

    @Inject
    CurrentPerson me;

    private List<OrganiserGroup> groups;

    public List<OrganiserGroup> getGroups() {
        if (groups == null) {
            groups = views.forOrganiser(me.caller());
        }
        return groups;
    }
}
