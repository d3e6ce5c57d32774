package org.kindred.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/**
 * A kind of group, with the limits its groups must keep: members, leaders, session length, cadence,
 * whether membership closes at the start, whether an intake conversation comes first, the quorum,
 * the default ground rules and the default exercise set (a reference only).
 */
@Entity
@Table(name = "programme_template")
@NamedQuery(name = "ProgrammeTemplate.findVisibleTo",
        query = "select t from ProgrammeTemplate t where t.organisationId is null or t.organisationId = :organisationId "
                + "order by t.name")
@NamedQuery(name = "ProgrammeTemplate.findByCode",
        query = "select t from ProgrammeTemplate t where t.code = :code "
                + "and (t.organisationId is null or t.organisationId = :organisationId)")
public class ProgrammeTemplate {

    public static final int MAX_MEMBERS_LIMIT = 500;
    public static final int MAX_RULES_LENGTH = 4000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    /** Null for the shared library that migrations seed; otherwise the organisation that owns a copy. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "min_members", nullable = false)
    private int minMembers;

    @Column(name = "max_members", nullable = false)
    private int maxMembers;

    @Column(name = "min_leaders", nullable = false)
    private int minLeaders;

    @Column(name = "max_leaders", nullable = false)
    private int maxLeaders;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false, length = 20)
    private Cadence cadence;

    @Column(name = "session_count")
    private Integer sessionCount;

    @Column(name = "closed_after_start", nullable = false)
    private boolean closedAfterStart;

    @Column(name = "intake_required", nullable = false)
    private boolean intakeRequired;

    @Column(name = "open_audience", nullable = false)
    private boolean openAudience;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "quorum", nullable = false)
    private int quorum;

    @Column(name = "default_ground_rules", nullable = false, length = MAX_RULES_LENGTH)
    private String defaultGroundRules;

    @Column(name = "exercise_set_code", length = 60)
    private String exerciseSetCode;

    protected ProgrammeTemplate() {
        // for JPA
    }

    /**
     * The size of a group made from this template. Null values take the template's own; others must
     * lie within its limits.
     *
     * @throws GroupRuleException naming the field that is out of bounds
     */
    public GroupSize size(Integer requestedMin, Integer requestedMax, Integer requestedQuorum) {
        int min = requestedMin == null ? minMembers : requestedMin;
        int max = requestedMax == null ? maxMembers : requestedMax;
        int q = requestedQuorum == null ? Math.min(quorum, min) : requestedQuorum;
        if (min < minMembers || min > maxMembers) {
            throw new GroupRuleException("minMembers", "The minimum must be between " + minMembers + " and "
                    + maxMembers + " for a " + name + ".");
        }
        if (max < minMembers || max > maxMembers) {
            throw new GroupRuleException("maxMembers", "The maximum must be between " + minMembers + " and "
                    + maxMembers + " for a " + name + ".");
        }
        if (max < min) {
            throw new GroupRuleException("maxMembers", "The maximum cannot be less than the minimum (" + min + ").");
        }
        if (q < 1 || q > min) {
            throw new GroupRuleException("quorum", "The quorum must be between 1 and the minimum (" + min + ").");
        }
        return new GroupSize(min, max, q);
    }

    /** Organisers adapt their own copies: the same checks as the database's, with messages for people. */
    public void update(String newName, String newDescription, int newMinMembers, int newMaxMembers,
                       int newSessionMinutes, int newQuorum, String newGroundRules) {
        String checkedName = text(newName, "name", "Name", 120);
        String checkedDescription = text(newDescription, "description", "Description", 1000);
        if (newMinMembers < 1) {
            throw new GroupRuleException("minMembers", "The minimum must be at least 1.");
        }
        if (newMaxMembers > MAX_MEMBERS_LIMIT) {
            throw new GroupRuleException("maxMembers", "The maximum must be at most " + MAX_MEMBERS_LIMIT + ".");
        }
        if (newMaxMembers < newMinMembers) {
            throw new GroupRuleException("maxMembers", "The maximum cannot be less than the minimum.");
        }
        if (newSessionMinutes < 15 || newSessionMinutes > 480) {
            throw new GroupRuleException("sessionMinutes", "A session lasts between 15 and 480 minutes.");
        }
        if (newQuorum < 1 || newQuorum > newMinMembers) {
            throw new GroupRuleException("quorum", "The quorum must be between 1 and the minimum.");
        }
        this.name = checkedName;
        this.description = checkedDescription;
        this.minMembers = newMinMembers;
        this.maxMembers = newMaxMembers;
        this.sessionMinutes = newSessionMinutes;
        this.quorum = newQuorum;
        this.defaultGroundRules = text(newGroundRules, "groundRules", "Ground rules", MAX_RULES_LENGTH);
    }

    /** A copy under a new code and name, owned by an organisation, to adapt without changing the original. */
    public ProgrammeTemplate copy(String newCode, String newName, long owner) {
        if (newCode == null || !CODE.matcher(newCode).matches()) {
            throw new GroupRuleException("code", "Use 1 to 40 lower-case letters, digits and hyphens for the code.");
        }
        ProgrammeTemplate copy = new ProgrammeTemplate();
        copy.code = newCode;
        copy.organisationId = owner;
        copy.name = text(newName, "name", "Name", 120);
        copy.description = description;
        copy.minMembers = minMembers;
        copy.maxMembers = maxMembers;
        copy.minLeaders = minLeaders;
        copy.maxLeaders = maxLeaders;
        copy.sessionMinutes = sessionMinutes;
        copy.cadence = cadence;
        copy.sessionCount = sessionCount;
        copy.closedAfterStart = closedAfterStart;
        copy.intakeRequired = intakeRequired;
        copy.openAudience = openAudience;
        copy.online = online;
        copy.quorum = quorum;
        copy.defaultGroundRules = defaultGroundRules;
        copy.exerciseSetCode = exerciseSetCode;
        return copy;
    }

    static String text(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new GroupRuleException(field, label + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new GroupRuleException(field, label + " must be at most " + max + " characters.");
        }
        return stripped;
    }

    /** Whether this organisation may change it: only its own copies, never the shared library. */
    public boolean ownedBy(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    public boolean shared() { return organisationId == null; }
    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public int minMembers() { return minMembers; }
    public int maxMembers() { return maxMembers; }
    public int minLeaders() { return minLeaders; }
    public int maxLeaders() { return maxLeaders; }
    public int sessionMinutes() { return sessionMinutes; }
    public Cadence cadence() { return cadence; }
    public Integer sessionCount() { return sessionCount; }
    public boolean closedAfterStart() { return closedAfterStart; }
    public boolean intakeRequired() { return intakeRequired; }
    public boolean openAudience() { return openAudience; }
    public boolean online() { return online; }
    public int quorum() { return quorum; }
    public String defaultGroundRules() { return defaultGroundRules; }
    public String exerciseSetCode() { return exerciseSetCode; }
}
