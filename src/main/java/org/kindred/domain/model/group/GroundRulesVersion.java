package org.kindred.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.kindred.domain.model.programme.GroupRuleException;

/**
 * One version of a group's ground-rules agreement, one rule per line. Versions are never edited: a
 * change is a new version, which everyone must accept again.
 */
@Entity
@Table(name = "ground_rules_version")
@NamedQuery(name = "GroundRulesVersion.current",
        query = "select v from GroundRulesVersion v where v.groupId = :groupId order by v.version desc")
@NamedQuery(name = "GroundRulesVersion.currentForGroups",
        query = "select v from GroundRulesVersion v where v.groupId in :groupIds and v.version = "
                + "(select max(w.version) from GroundRulesVersion w where w.groupId = v.groupId)")
public class GroundRulesVersion {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GroundRulesVersion() {
        // for JPA
    }

    private GroundRulesVersion(long groupId, int version, String text, Instant now) {
        this.groupId = groupId;
        this.version = version;
        this.text = check(text);
        this.createdAt = now;
    }

    public static GroundRulesVersion first(long groupId, String text, Instant now) {
        return new GroundRulesVersion(groupId, 1, text, now);
    }

    /** The next version, or a refusal when nothing changed (nobody is asked to accept the same rules twice). */
    public GroundRulesVersion next(String newText, Instant now) {
        String checked = check(newText);
        if (checked.equals(text)) {
            throw new GroupRuleException("text", "These are the current rules already: nothing has changed.");
        }
        return new GroundRulesVersion(groupId, version + 1, checked, now);
    }

    private static String check(String text) {
        if (text == null || text.isBlank()) {
            throw new GroupRuleException("text", "Write at least one ground rule.");
        }
        String normalised = text.strip().replace("\r\n", "\n");
        if (normalised.length() > MAX_LENGTH) {
            throw new GroupRuleException("text", "Ground rules must be at most " + MAX_LENGTH + " characters.");
        }
        return normalised;
    }

    public List<String> rules() {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long id() { return id; }
    public Long groupId() { return groupId; }
    public int version() { return version; }
    public String text() { return text; }
    public Instant createdAt() { return createdAt; }
}
