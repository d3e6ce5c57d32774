package org.kindred.domain.model.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kindred.domain.model.RuleException;

/**
 * A group's plan for one occurrence: a set from the library and its exercises in the group's own
 * order, with swaps. It copies references, so changing a plan never changes the library. Until a
 * facilitator changes it, a plan is not stored: the occurrence follows its default set.
 */
@Entity
@Table(name = "session_plan")
@NamedQuery(name = "SessionPlan.findByOccurrence",
        query = "select p from SessionPlan p where p.occurrenceId = :occurrenceId")
@NamedQuery(name = "SessionPlan.findByOccurrences",
        query = "select p from SessionPlan p where p.occurrenceId in :occurrenceIds")
public class SessionPlan {

    public static final int MAX_EXERCISES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurrence_id", nullable = false, unique = true)
    private Long occurrenceId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id")
    private ExerciseSet set;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "session_plan_exercise", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    private List<Exercise> exercises = new ArrayList<>();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SessionPlan() {
        // for JPA
    }

    /** The plan an occurrence starts with: its default set in the library's order, or nothing. */
    public static SessionPlan following(long occurrenceId, long groupId, ExerciseSet set) {
        SessionPlan plan = new SessionPlan();
        plan.occurrenceId = occurrenceId;
        plan.groupId = groupId;
        plan.set = set;
        if (set != null) {
            plan.exercises.addAll(set.exercises());
        }
        return plan;
    }

    /** Whether a facilitator has changed it (and it is stored), rather than following the default. */
    public boolean adapted() {
        return id != null || changedAt != null;
    }

    /** Assigns another set: its exercises in the library's order replace the plan's. */
    public void use(ExerciseSet newSet, Instant now) {
        this.set = Objects.requireNonNull(newSet, "newSet");
        replaceWith(newSet.exercises());
        this.changedAt = now;
    }

    /** The whole plan at once, in this order: the API's way to reorder and swap. */
    public void arrange(List<Exercise> newOrder, Instant now) {
        if (newOrder.isEmpty()) {
            throw new RuleException("exerciseIds", "Keep at least one exercise in the plan.");
        }
        if (newOrder.size() > MAX_EXERCISES) {
            throw new RuleException("exerciseIds", "A plan holds at most " + MAX_EXERCISES + " exercises.");
        }
        for (int i = 0; i < newOrder.size(); i++) {
            for (int j = i + 1; j < newOrder.size(); j++) {
                if (newOrder.get(i).sameAs(newOrder.get(j))) {
                    throw new RuleException("exerciseIds",
                            "\"" + newOrder.get(i).title() + "\" is in the plan twice. Use each exercise once.");
                }
            }
        }
        replaceWith(newOrder);
        this.changedAt = now;
    }

    public void moveUp(int position, Instant now) {
        check(position);
        if (position == 0) {
            throw new RuleException("position", "The first exercise cannot move up.");
        }
        exchange(position - 1, position, now);
    }

    public void moveDown(int position, Instant now) {
        check(position);
        if (position == exercises.size() - 1) {
            throw new RuleException("position", "The last exercise cannot move down.");
        }
        exchange(position, position + 1, now);
    }

    /** Puts another library exercise in this position; the one there leaves this plan only. */
    public void swap(int position, Exercise replacement, Instant now) {
        check(position);
        Objects.requireNonNull(replacement, "replacement");
        for (int i = 0; i < exercises.size(); i++) {
            if (i != position && exercises.get(i).sameAs(replacement)) {
                throw new RuleException("replacement",
                        "\"" + replacement.title() + "\" is already in the plan. Choose another exercise.");
            }
        }
        List<Exercise> changed = new ArrayList<>(exercises);
        changed.set(position, replacement);
        replaceWith(changed);
        this.changedAt = now;
    }

    public RunningOrder runningOrder(LocalDateTime sessionStart, int sessionMinutes) {
        return RunningOrder.of(exercises, sessionStart, sessionMinutes);
    }

    public Optional<Homework> homework() {
        return set == null ? Optional.empty() : set.homework();
    }

    private void exchange(int upper, int lower, Instant now) {
        List<Exercise> changed = new ArrayList<>(exercises);
        changed.set(upper, exercises.get(lower));
        changed.set(lower, exercises.get(upper));
        replaceWith(changed);
        this.changedAt = now;
    }

    private void check(int position) {
        if (position < 0 || position >= exercises.size()) {
            throw new RuleException("position", "There is no exercise at position " + (position + 1) + " of this plan.");
        }
    }

    /** Changes the list in place, so that JPA sees one collection change. */
    private void replaceWith(List<Exercise> newOrder) {
        exercises.clear();
        exercises.addAll(newOrder);
    }

    public Long id() { return id; }
    public long occurrenceId() { return occurrenceId; }
    public long groupId() { return groupId; }
    public Optional<ExerciseSet> set() { return Optional.ofNullable(set); }
    public List<Exercise> exercises() { return List.copyOf(exercises); }
    public Instant changedAt() { return changedAt; }
}
