package org.kindred.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.exercise.MemberHomework;
import org.kindred.application.exercise.MemberHomework.GroupHomework;
import org.kindred.application.group.NotFoundException;
import org.kindred.domain.model.RuleException;

/**
 * Participant: each of my groups' current homework, with my own done-or-not answer, and what earlier
 * sessions covered, so that a missed session can be caught up.
 */
@Named
@ViewScoped
public class HomeworkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberHomework homework;

    @Inject
    transient CurrentPerson me;

    private transient List<GroupHomework> groups;

    public List<GroupHomework> getGroups() {
        if (groups == null) {
            groups = homework.current(me.caller());
        }
        return groups;
    }

    public void report(long occurrenceId, boolean done) {
        try {
            homework.report(me.caller(), occurrenceId, done);
            Messages.info(done ? "Thank you. You said you did it." : "Thank you. You said you did not do it this time.");
            groups = null;
        } catch (RuleException e) {
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(null, "That session is no longer available to you.");
            groups = null;
        }
    }
}
