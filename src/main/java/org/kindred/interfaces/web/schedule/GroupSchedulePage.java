package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kindred.application.group.GroupViews;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.application.invitation.InvitationViews.Delivery;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.SeriesView;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: one group's series and sessions (organiser/schedule.xhtml?group=ID). The forms are beans of their own. */
@Named
@ViewScoped
public class GroupSchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration POLL_FOR = Duration.ofMinutes(10);

    private final Instant opened = Instant.now();

    @Inject
    transient ScheduleViews views;

    @Inject
    transient GroupViews groups;

    @Inject
    transient InvitationViews invitations;

    @Inject
    transient CurrentPerson me;

    private String groupParam;
    private Long group;
    private String name;
    private boolean needsFacilitator;
    private transient List<SeriesView> series;
    private transient Delivery delivery;

    /** On the first GET: another organisation's group answers 404, exactly like a missing one. */
    public void load() {
        try {
            group = Long.valueOf(groupParam == null ? "" : groupParam.strip());
            var line = groups.forOrganiser(me.caller(), group);
            name = line.name();
            needsFacilitator = line.needsFacilitator();
            series = views.groupSchedule(me.caller(), group, false);
        } catch (NotFoundException | NumberFormatException e) {
            Messages.notFound();
        }
    }

    public List<SeriesView> getSeries() {
        if (series == null && name != null) {
            try {
                series = views.groupSchedule(me.caller(), group, false);
            } catch (NotFoundException e) {
                series = List.of();
            }
        }
        return series;
    }

    /** How the group's invitation emails stand; the count of people who answered may be "*". */
    public Delivery getDelivery() {
        if (delivery == null && name != null) {
            delivery = invitations.delivery(me.caller(), group);
        }
        return delivery;
    }

    /** "Invitation emails: 3 waiting, 40 sent, 0 failed; * people have answered". */
    public String getDeliveryLine() {
        Delivery d = getDelivery();
        return d == null ? null : Texts.get("1".equals(d.replied()) ? "groupSchedulePage.deliveryOneAnswer" : "groupSchedulePage.delivery",
                String.valueOf(d.pending()), String.valueOf(d.sent()), String.valueOf(d.failed()), d.replied());
    }

    /** No invitation email is waiting: every one was sent or has failed. */
    public boolean isSettled() {
        Delivery d = getDelivery();
        return d == null || "0".equals(d.pending());
    }

    /**
     * Whether the progress line refreshes itself: while any email waits, for {@link #POLL_FOR} after the
     * page was opened. Each poll is a request, so an endless one would keep an unattended session
     * signed in past its idle limit (a mail outage can leave emails waiting for days).
     */
    public boolean isPolling() {
        return !isSettled() && Instant.now().isBefore(opened.plus(POLL_FOR));
    }

    /** The progress line's poll: read the counts again. */
    public void refreshDelivery() {
        delivery = null;
    }

    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) ScheduleChanged changed) {
        series = null;
        delivery = null;
    }

    /** The page's parameter as typed: anything but a group of the caller's organisation answers 404. */
    public String getGroupParam() { return groupParam; }
    public void setGroupParam(String groupParam) { this.groupParam = groupParam; }
    public Long getGroup() { return group; }
    public String getName() { return name; }

    /** Its leader was deactivated with no co-lead to take over (issue 21). */
    public boolean isNeedsFacilitator() { return needsFacilitator; }
}
