package org.kindred.interfaces.web.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.FacilitatorDashboard;
import org.kindred.application.group.GroupViews.FacilitatorGroup;
import org.kindred.application.group.GroupViews.FacilitatorStanding;
import org.kindred.interfaces.CurrentPerson;

/** Facilitator: my groups with member counts, waitlists and ground-rules status. */
@Named
@RequestScoped
public class FacilitatorGroupsPage {

    @Inject
    GroupViews views;

    @Inject
    CurrentPerson me;

    private FacilitatorDashboard dashboard;

    private FacilitatorDashboard dashboard() {
        if (dashboard == null) {
            dashboard = views.dashboard(me.caller());
        }
        return dashboard;
    }

    public List<FacilitatorGroup> getGroups() {
        return dashboard().groups();
    }

    public FacilitatorStanding getStanding() {
        return dashboard().standing();
    }
}
