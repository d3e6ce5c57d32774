package org.kindred.domain.model.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A member's own answer to "did you do the homework?" for one session: yes or no, and nothing else
 * (no text, no time). Facilitators only ever see how many said yes.
 */
@Entity
@Table(name = "homework_report")
@IdClass(HomeworkReport.Key.class)
@NamedQuery(name = "HomeworkReport.findMine",
        query = "select r from HomeworkReport r where r.personId = :personId and r.occurrenceId in :occurrenceIds")
@NamedQuery(name = "HomeworkReport.countDone",
        query = "select count(r) from HomeworkReport r where r.occurrenceId = :occurrenceId and r.done = true")
@NamedQuery(name = "HomeworkReport.deleteByGroup",
        query = "delete from HomeworkReport r where r.groupId = :groupId")
public class HomeworkReport {

    @Id
    @Column(name = "occurrence_id", nullable = false)
    private Long occurrenceId;

    @Id
    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected HomeworkReport() {
        // for JPA
    }

    public HomeworkReport(long occurrenceId, long groupId, long personId, boolean done) {
        this.occurrenceId = occurrenceId;
        this.groupId = groupId;
        this.personId = personId;
        this.done = done;
    }

    /** A member changes their answer: the last one counts. */
    public void answer(boolean nowDone) {
        this.done = nowDone;
    }

    public long occurrenceId() { return occurrenceId; }
    public long personId() { return personId; }
    public long groupId() { return groupId; }
    public boolean done() { return done; }

    /** The primary key: one answer per member and occurrence. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long occurrenceId;
        private Long personId;

        public Key() {
        }

        public Key(long occurrenceId, long personId) {
            this.occurrenceId = occurrenceId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(occurrenceId, k.occurrenceId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(occurrenceId, personId);
        }
    }
}
