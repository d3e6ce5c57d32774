package org.kindred.interfaces.web.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kindred.application.group.GroupService;
import org.kindred.application.group.GroupService.FacilitatorChoice;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.OrganiserGroup;
import org.kindred.domain.model.programme.ProgrammeTemplate;
import org.kindred.interfaces.CurrentPerson;

/**
 * The choices of the Round forms, read once per view: Round groups and facilitators. There is no list
 * of people: clinical leads and panellists are typed as work email addresses, because an organiser may
 * not learn who has an account.
 */
@Named
@ViewScoped
public class RoundChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroupViews groupViews;

    @Inject
    transient GroupService groupService;

    @Inject
    transient CurrentPerson me;

    private transient List<OrganiserGroup> groups;
    private transient List<FacilitatorChoice> facilitators;

    /** Groups made from a programme with an open audience (Schwartz Rounds); the service checks again. */
    public List<OrganiserGroup> getGroups() {
        if (groups == null) {
            Set<String> roundProgrammes = groupService.templates(me.caller()).stream()
                    .filter(ProgrammeTemplate::openAudience).map(ProgrammeTemplate::name).collect(Collectors.toSet());
            groups = groupViews.forOrganiser(me.caller()).stream()
                    .filter(g -> roundProgrammes.contains(g.programme())).toList();
        }
        return groups;
    }

    public List<FacilitatorChoice> getFacilitators() {
        if (facilitators == null) {
            facilitators = groupService.facilitators(me.caller());
        }
        return facilitators;
    }
}
