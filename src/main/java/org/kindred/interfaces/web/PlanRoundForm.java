package org.kindred.interfaces.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.group.ConflictException;
import org.kindred.application.group.NotFoundException;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.RoundPlan;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;

/** Organiser: plan a Schwartz Round; its preparation meeting and debrief are booked with it. */
@Named
@ViewScoped
public class PlanRoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private DateTimeInput start = new DateTimeInput();
    private Long roomId;
    private String onlineLink;
    private Long facilitatorId;
    private Long clinicalLeadId;
    private Long[] panellistIds = {};
    private DateTimeInput preparation = new DateTimeInput();
    private Long preparationRoomId;
    private List<String> clashes = List.of();

    public void plan() {
        clashes = List.of();
        try {
            scheduling.planRound(me.caller(), new RoundPlan(required(groupId, "groupId", Texts.get("planRoundForm.chooseTheSchwartzRoundGroup")),
                    topic, start.value("start", "startTime"), null, roomId, onlineLink,
                    required(facilitatorId, "facilitatorId", Texts.get("planRoundForm.chooseTheRoundSFacilitator")),
                    required(clinicalLeadId, "clinicalLeadId", Texts.get("planRoundForm.chooseTheClinicalLead")), List.of(panellistIds),
                    preparation.value("preparationStart", "preparationStartTime"), null, preparationRoomId, null));
            Messages.info(Texts.get("planRoundForm.theRoundIsPlannedWith"));
            clear();
            changed.fire(new ScheduleChanged());
        } catch (ClashException e) {
            clashes = SessionTexts.clashLines(e, dates.zone());
            Messages.error(null, e.getMessage());
        } catch (RuleException e) {
            Messages.rule("round", e);
        } catch (NotFoundException e) {
            Messages.field("round", "groupId", Texts.get("planRoundForm.chooseOneOfYourOrganisation"));
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    private static long required(Long id, String field, String message) {
        if (id == null) {
            throw new RuleException(field, message);
        }
        return id;
    }

    private void clear() {
        topic = null;
        start = new DateTimeInput();
        roomId = null;
        onlineLink = null;
        clinicalLeadId = null;
        panellistIds = new Long[0];
        preparation = new DateTimeInput();
        preparationRoomId = null;
    }

    public List<String> getClashes() { return clashes; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public DateTimeInput getStart() { return start; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public Long getFacilitatorId() { return facilitatorId; }
    public void setFacilitatorId(Long facilitatorId) { this.facilitatorId = facilitatorId; }
    public Long getClinicalLeadId() { return clinicalLeadId; }
    public void setClinicalLeadId(Long clinicalLeadId) { this.clinicalLeadId = clinicalLeadId; }
    public Long[] getPanellistIds() { return panellistIds; }
    public void setPanellistIds(Long[] panellistIds) { this.panellistIds = panellistIds == null ? new Long[0] : panellistIds; }
    public DateTimeInput getPreparation() { return preparation; }
    public Long getPreparationRoomId() { return preparationRoomId; }
    public void setPreparationRoomId(Long preparationRoomId) { this.preparationRoomId = preparationRoomId; }
}
