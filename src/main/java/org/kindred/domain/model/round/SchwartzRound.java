package org.kindred.domain.model.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kindred.domain.model.RuleException;

/**
 * A Schwartz Round and its panel. The panel has 2-4 people on it (asked or consented); withdrawing
 * can take it below two, which the organiser then sees and mends by asking someone else.
 */
@Entity
@Table(name = "schwartz_round")
@NamedQuery(name = "SchwartzRound.findByOrganisation",
        query = "select r from SchwartzRound r where r.organisationId = :organisationId order by r.id")
@NamedQuery(name = "SchwartzRound.findByPanellist",
        query = "select r from SchwartzRound r where r.id in "
                + "(select p.round.id from Panellist p where p.personId = :personId) order by r.id")
public class SchwartzRound {

    public static final int MIN_PANEL = 2;
    public static final int MAX_PANEL = 4;
    public static final int MAX_TOPIC_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "topic", nullable = false, length = MAX_TOPIC_LENGTH)
    private String topic;

    @Column(name = "facilitator_id", nullable = false)
    private Long facilitatorId;

    /** Empty once the clinical lead has been erased (ADR 0020); the address typed is emptied too. */
    @Column(name = "clinical_lead_id")
    private Long clinicalLeadId;

    /** The address the organiser typed for the clinical lead: what organisers are shown. */
    @Column(name = "clinical_lead_email", nullable = false, length = 254)
    private String clinicalLeadEmail;

    @Column(name = "round_series_id", nullable = false)
    private Long roundSeriesId;

    @Column(name = "preparation_series_id", nullable = false)
    private Long preparationSeriesId;

    @Column(name = "debrief_series_id", nullable = false)
    private Long debriefSeriesId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // In address order: an order by person id would tell an organiser which addresses had older accounts.
    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("email")
    private List<Panellist> panel = new ArrayList<>();

    protected SchwartzRound() {
        // for JPA
    }

    /**
     * A Round with its clinical lead and panel, each asked by address. The same address (or person)
     * given twice is one panellist, and the panel must then still have 2 to 4.
     */
    public SchwartzRound(long organisationId, long groupId, String topic, long facilitatorId, Addressee clinicalLead,
                         List<Addressee> panellists, Instant now) {
        this.organisationId = organisationId;
        this.groupId = groupId;
        this.topic = checkTopic(topic);
        Objects.requireNonNull(clinicalLead, "clinicalLead");
        if (facilitatorId == clinicalLead.personId()) {
            throw new RuleException("clinicalLeadEmail", "The clinical lead and the facilitator are two different people.");
        }
        this.facilitatorId = facilitatorId;
        this.clinicalLeadId = clinicalLead.personId();
        this.clinicalLeadEmail = clinicalLead.email();
        List<Addressee> distinct = distinct(panellists);
        if (distinct.size() < MIN_PANEL || distinct.size() > MAX_PANEL) {
            throw new RuleException("panellistEmails", "Ask " + MIN_PANEL + " to " + MAX_PANEL + " panellists.");
        }
        if (distinct.stream().anyMatch(p -> p.personId() == facilitatorId)) {
            throw new RuleException("panellistEmails", "The facilitator cannot also be a panellist.");
        }
        distinct.forEach(p -> panel.add(new Panellist(this, p)));
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The same address typed twice is one panellist, asked once. */
    private static List<Addressee> distinct(List<Addressee> panellists) {
        List<Addressee> distinct = new ArrayList<>();
        for (Addressee p : panellists == null ? List.<Addressee>of() : panellists) {
            if (distinct.stream().noneMatch(d -> d.personId() == p.personId() || d.email().equals(p.email()))) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    /**
     * A neutral title: it appears in calendars and on noticeboards, so it names a theme, never a
     * patient or a colleague. Kindred cannot check that; it keeps the title short and plain.
     */
    private static String checkTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new RuleException("topic", "Give the Round a neutral topic title.");
        }
        if (topic.strip().length() > MAX_TOPIC_LENGTH) {
            throw new RuleException("topic", "Use at most " + MAX_TOPIC_LENGTH + " characters for the topic.");
        }
        return topic.strip();
    }

    public void linkSessions(long round, long preparation, long debrief) {
        this.roundSeriesId = round;
        this.preparationSeriesId = preparation;
        this.debriefSeriesId = debrief;
    }

    public void invite(Addressee asked) {
        if (asked.personId() == facilitatorId) {
            throw new RuleException("email", "The facilitator cannot also be a panellist.");
        }
        if (panelSize() >= MAX_PANEL) {
            throw new RuleException("email", "The panel already has " + MAX_PANEL + " people on it.");
        }
        if (panel.stream().anyMatch(p -> p.personId() == asked.personId() || p.email().equals(asked.email()))) {
            throw new RuleException("email", "This address has already been asked.");
        }
        panel.add(new Panellist(this, asked));
    }

    public void consent(long personId, Instant now) {
        panellist(personId).consent(now);
    }

    public void decline(long personId, Instant now) {
        panellist(personId).decline(now);
    }

    public Panellist panellist(long personId) {
        return panel.stream().filter(p -> p.personId() == personId).findFirst()
                .orElseThrow(() -> new RuleException(null, "You are not on this Round's panel."));
    }

    /** People asked or consented: the panel as it stands. */
    public long panelSize() {
        return panel.stream().filter(p -> p.status().onPanel()).count();
    }

    public boolean needsPanellists() {
        return panelSize() < MIN_PANEL;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public long groupId() { return groupId; }
    public String topic() { return topic; }
    public long facilitatorId() { return facilitatorId; }
    /** The clinical lead, or null once they have been erased. */
    public Long clinicalLeadId() { return clinicalLeadId; }
    public String clinicalLeadEmail() { return clinicalLeadEmail; }
    public long roundSeriesId() { return roundSeriesId; }
    public long preparationSeriesId() { return preparationSeriesId; }
    public long debriefSeriesId() { return debriefSeriesId; }
    public List<Panellist> panel() { return List.copyOf(panel); }
}
