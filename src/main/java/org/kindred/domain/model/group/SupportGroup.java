package org.kindred.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.kindred.domain.model.evaluation.EvaluationTiming;
import org.kindred.domain.model.programme.GroupRuleException;
import org.kindred.domain.model.programme.GroupSize;
import org.kindred.domain.model.programme.ProgrammeTemplate;

/** A group that meets: a Balint group, a Schwartz Round series, a Helping the Helper cohort, ... */
@Entity
@Table(name = "support_group")
@NamedQuery(name = "SupportGroup.findByOrganisation",
        query = "select g from SupportGroup g join fetch g.template where g.organisationId = :organisationId order by g.name")
@NamedQuery(name = "SupportGroup.findLedBy",
        query = "select g from SupportGroup g join fetch g.template where g.id in "
                + "(select l.groupId from GroupLeader l where l.personId = :personId) order by g.name")
@NamedQuery(name = "SupportGroup.findIfLedBy",
        query = "select g from SupportGroup g join fetch g.template where g.id = :groupId and exists "
                + "(select l from GroupLeader l where l.groupId = g.id and l.personId = :personId)")
@NamedQuery(name = "SupportGroup.findLedWithRoles",
        query = "select g, l.role, (select max(v.version) from GroundRulesVersion v where v.groupId = g.id) "
                + "from SupportGroup g join fetch g.template, GroupLeader l where l.groupId = g.id "
                + "and l.personId = :personId order by g.name")
@NamedQuery(name = "SupportGroup.findJoinedBy",
        query = "select g from SupportGroup g join fetch g.template where g.id in "
                + "(select m.group.id from Membership m where m.person.id = :personId) order by g.name")
@NamedQuery(name = "SupportGroup.findOpenFor",
        query = "select g from SupportGroup g join fetch g.template where g.organisationId = :organisationId "
                + "and g.selfEnrolment = true and g.id not in "
                + "(select m.group.id from Membership m where m.person.id = :personId) order by g.name")
public class SupportGroup {

    public static final String DEFAULT_CALENDAR_TITLE = "Reflective practice session";
    public static final int MAX_CALENDAR_TITLE_LENGTH = 80;
    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ProgrammeTemplate template;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "min_members", nullable = false)
    private int minMembers;

    @Column(name = "max_members", nullable = false)
    private int maxMembers;

    @Column(name = "quorum", nullable = false)
    private int quorum;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(name = "closed_after_start", nullable = false)
    private boolean closedAfterStart;

    @Column(name = "intake_required", nullable = false)
    private boolean intakeRequired;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "discreet_title", nullable = false)
    private boolean discreetTitle = true;

    @Column(name = "calendar_title", nullable = false, length = MAX_CALENDAR_TITLE_LENGTH)
    private String neutralTitle = DEFAULT_CALENDAR_TITLE;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_timing", nullable = false, length = 20)
    private EvaluationTiming evaluationTiming = EvaluationTiming.EACH_SESSION;

    protected SupportGroup() {
        // for JPA
    }

    public SupportGroup(long organisationId, ProgrammeTemplate template, String name, GroupSize size,
                        boolean selfEnrolment, LocalDate startsOn, Instant now) {
        this.organisationId = organisationId;
        this.template = Objects.requireNonNull(template, "template");
        if (name == null || name.isBlank()) {
            throw new GroupRuleException("name", "Give the group a name.");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new GroupRuleException("name", "Use at most " + MAX_NAME_LENGTH + " characters for the name.");
        }
        this.name = name.strip();
        this.minMembers = size.minMembers();
        this.maxMembers = size.maxMembers();
        this.quorum = size.quorum();
        this.sessionMinutes = template.sessionMinutes();
        this.closedAfterStart = template.closedAfterStart();
        this.intakeRequired = template.intakeRequired();
        this.selfEnrolment = selfEnrolment;
        this.startsOn = startsOn;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Why this person may not enrol by themself today, or empty when they may. An invitation from a
     * facilitator is the approval that lets someone into a closed group after its start.
     */
    public Optional<String> selfEnrolmentRefusal(LocalDate today) {
        if (!selfEnrolment) {
            return Optional.of("This group takes members by invitation from its facilitators.");
        }
        if (closedAfterStart && startsOn != null && !today.isBefore(startsOn)) {
            return Optional.of("This group closed to new members when it started. Ask a facilitator if you would like to join.");
        }
        return Optional.empty();
    }

    /**
     * The title calendar invitations carry: by default a neutral one, because a calendar is often
     * shared with colleagues and managers, and being in a support group is nobody else's business.
     */
    public String calendarTitle() {
        return discreetTitle ? neutralTitle : name;
    }

    /** Chooses between the neutral title (which the facilitators may word) and the group's name. */
    public void titleInvitations(boolean discreet, String neutral) {
        String text = neutral == null || neutral.isBlank() ? DEFAULT_CALENDAR_TITLE : neutral.strip();
        if (text.length() > MAX_CALENDAR_TITLE_LENGTH) {
            throw new GroupRuleException("calendarTitle",
                    "Use at most " + MAX_CALENDAR_TITLE_LENGTH + " characters for the calendar title.");
        }
        this.discreetTitle = discreet;
        this.neutralTitle = text;
    }

    /** Chooses when members are asked for the anonymous evaluation: after each session or once at the end. */
    public void evaluateAt(EvaluationTiming timing) {
        if (timing == null) {
            throw new GroupRuleException("timing", "Choose when the group is evaluated.");
        }
        this.evaluationTiming = timing;
    }

    public EvaluationTiming evaluationTiming() { return evaluationTiming; }
    public boolean discreetTitle() { return discreetTitle; }
    public String neutralTitle() { return neutralTitle; }

    public boolean isBelowMinimum(long members) {
        return members < minMembers;
    }

    public Long id() { return id; }
    public Long organisationId() { return organisationId; }
    public ProgrammeTemplate template() { return template; }
    public String name() { return name; }
    public int minMembers() { return minMembers; }
    public int maxMembers() { return maxMembers; }
    public int quorum() { return quorum; }
    public int sessionMinutes() { return sessionMinutes; }
    public boolean closedAfterStart() { return closedAfterStart; }
    public boolean intakeRequired() { return intakeRequired; }
    public boolean selfEnrolment() { return selfEnrolment; }
    public LocalDate startsOn() { return startsOn; }
}
