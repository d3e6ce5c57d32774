package org.kindred.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.FacilitatorGroup;
import org.kindred.application.group.GroupViews.FacilitatorStanding;

/** Facilitator: my groups with member counts, waitlists and ground-rules status. */
@Named
@RequestScoped
public class FacilitatorGroupsPage {

    @Inject
    GroupViews views;

    @Inject
    CurrentPerson me;

    private List<FacilitatorGroup> groups;
    private FacilitatorStanding standing;

    public List<FacilitatorGroup> getGroups() {
        if (groups == null) {
            groups = views.forFacilitator(me.caller());
        }
        return groups;
    }

    public FacilitatorStanding getStanding() {
        if (standing == null) {
            standing = views.standing(me.caller());
        }
        return standing;
    }
}
