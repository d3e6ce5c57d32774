package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of an import still to apply: who (email, name, roles, active) and whether it is done.
 * Personal data, kept only until its import finishes (docs/privacy.md).
 */
@Entity
@Table(name = "people_import_row")
@IdClass(ImportRow.Key.class)
public class ImportRow {

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Id
    @Column(name = "line_no")
    private Integer lineNo;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = Person.MAX_NAME_LENGTH)
    private String displayName;

    @Column(name = "roles", nullable = false, length = 64)
    private String roles;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected ImportRow() {
        // for JPA
    }

    public ImportRow(long importId, int lineNo, String email, String displayName, Set<Role> roles, boolean active) {
        this.importId = importId;
        this.lineNo = lineNo;
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(";"));
        this.active = active;
    }

    public void done() {
        this.done = true;
    }

    public long importId() { return importId; }
    public int lineNo() { return lineNo; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public boolean active() { return active; }
    public boolean isDone() { return done; }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String name : roles.split(";")) {
            if (!name.isEmpty()) {
                set.add(Role.valueOf(name));
            }
        }
        return set;
    }

    /** The composite key (import, line). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long importId;
        private Integer lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(importId, that.importId) && Objects.equals(lineNo, that.lineNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNo);
        }
    }
}
