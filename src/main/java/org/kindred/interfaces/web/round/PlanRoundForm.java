package org.kindred.interfaces.web.round;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.RoundPlan;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.DateFormats;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;
import org.kindred.interfaces.web.schedule.ScheduleChanged;
import org.kindred.interfaces.web.schedule.SessionFields;
import org.kindred.interfaces.web.schedule.SessionTexts;

/**
 * Organiser: plan a Schwartz Round; its preparation meeting and debrief are booked with it. The
 * facilitator is chosen from the organisation's facilitators; the clinical lead and two to four
 * panellists are typed as work email addresses, one field each.
 */
@Named
@ViewScoped
public class PlanRoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As many address fields as a panel may have people. */
    static final int PANEL_FIELDS = 4;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient DateFormats dates;

    @Inject
    transient Event<ScheduleChanged> changed;

    private Long groupId;
    private String topic;
    private SessionFields session = new SessionFields();
    private Long facilitatorId;
    private String clinicalLeadEmail;
    private String[] panellists = new String[PANEL_FIELDS];
    private SessionFields preparation = new SessionFields();
    private List<String> clashes = List.of();

    public void plan() {
        clashes = List.of();
        List<Integer> filled = new ArrayList<>(); // which field each address sent came from
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < panellists.length; i++) {
            if (panellists[i] != null && !panellists[i].isBlank()) {
                filled.add(i);
                addresses.add(panellists[i]);
            }
        }
        try {
            scheduling.planRound(me.caller(), new RoundPlan(required(groupId, "groupId", Texts.get("planRoundForm.chooseTheSchwartzRoundGroup")),
                    topic, session.start("start", "startTime"), null, session.getRoomId(), session.getOnlineLink(),
                    required(facilitatorId, "facilitatorId", Texts.get("planRoundForm.chooseTheRoundSFacilitator")),
                    clinicalLeadEmail, addresses,
                    preparation.start("preparationStart", "preparationStartTime"), null, preparation.getRoomId(), null));
            Messages.info(Texts.get("planRoundForm.theRoundIsPlannedWith"));
            clear();
            changed.fire(new ScheduleChanged());
        } catch (ClashException e) {
            clashes = SessionTexts.clashLines(e, dates.zone());
            Messages.error(null, e.getMessage());
        } catch (RuleException e) {
            Messages.field("round", fieldOf(e.field(), filled), e.getMessage());
        } catch (NotFoundException e) {
            Messages.field("round", "groupId", Texts.get("planRoundForm.chooseOneOfYourOrganisation"));
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    /**
     * The input a rule is about: "panellistEmails[1]" is the second address sent, which came from one
     * of the panel fields; a rule about the panel as a whole goes beside its first field.
     */
    static String fieldOf(String field, List<Integer> filled) {
        if (field == null || !field.startsWith("panellistEmails")) {
            return field;
        }
        Matcher index = INDEX.matcher(field);
        int sent = index.find() ? Integer.parseInt(index.group(1)) : -1;
        return "panellist" + (sent >= 0 && sent < filled.size() ? filled.get(sent) + 1 : 1);
    }

    private static long required(Long id, String field, String message) {
        if (id == null) {
            throw new RuleException(field, message);
        }
        return id;
    }

    private void clear() {
        topic = null;
        session = new SessionFields();
        clinicalLeadEmail = null;
        panellists = new String[PANEL_FIELDS];
        preparation = new SessionFields();
    }

    public List<String> getClashes() { return clashes; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    /** The Round's start and place; its length is its group's session length. */
    public SessionFields getSession() { return session; }
    public Long getFacilitatorId() { return facilitatorId; }
    public void setFacilitatorId(Long facilitatorId) { this.facilitatorId = facilitatorId; }
    public String getClinicalLeadEmail() { return clinicalLeadEmail; }
    public void setClinicalLeadEmail(String clinicalLeadEmail) { this.clinicalLeadEmail = clinicalLeadEmail; }
    /** The panel's address fields, bound one by one ({@code panellists[0]} to {@code [3]}). */
    public String[] getPanellists() { return panellists; }
    /** The preparation meeting's start and room; left empty, a week before the Round in its room. */
    public SessionFields getPreparation() { return preparation; }
}
