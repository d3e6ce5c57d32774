package org.kindred.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A facilitator leading a group, as lead or co-lead. The primary key allows one of each per group. */
@Entity
@Table(name = "group_leader")
@IdClass(GroupLeader.Key.class)
@NamedQuery(name = "GroupLeader.findByGroup", query = "select l from GroupLeader l where l.groupId = :groupId order by l.role")
@NamedQuery(name = "GroupLeader.findByGroups", query = "select l from GroupLeader l where l.groupId in :groupIds")
@NamedQuery(name = "GroupLeader.countByPerson", query = "select count(l) from GroupLeader l where l.personId = :personId")
public class GroupLeader {

    @Id
    @Column(name = "group_id")
    private Long groupId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 8)
    private LeaderRole role;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    protected GroupLeader() {
        // for JPA
    }

    public GroupLeader(long groupId, LeaderRole role, long personId) {
        this.groupId = groupId;
        this.role = Objects.requireNonNull(role, "role");
        this.personId = personId;
    }

    public Long groupId() { return groupId; }
    public LeaderRole role() { return role; }
    public Long personId() { return personId; }

    /** The composite key (group, role). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long groupId;
        private LeaderRole role;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(groupId, that.groupId) && role == that.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, role);
        }
    }
}
