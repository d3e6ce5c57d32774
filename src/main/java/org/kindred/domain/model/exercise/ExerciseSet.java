package org.kindred.domain.model.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exercises and homework of one session of a programme, e.g. Helping the Helper week 3. Sets of
 * one programme share a collection code (the template's exercise set code); a set without a session
 * number is a structure that every session follows (a Balint group's).
 */
@Entity
@Table(name = "exercise_set")
@NamedQuery(name = "ExerciseSet.findAll",
        query = "select s from ExerciseSet s order by s.collectionCode, s.sessionNo")
@NamedQuery(name = "ExerciseSet.findByCollection",
        query = "select s from ExerciseSet s where s.collectionCode = :collectionCode")
public class ExerciseSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "collection_code", nullable = false, length = 60)
    private String collectionCode;

    @Column(name = "session_no")
    private Integer sessionNo;

    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Embedded
    private Homework homework;

    @OneToMany(mappedBy = "set")
    @OrderBy("position")
    private List<Exercise> exercises = new ArrayList<>();

    protected ExerciseSet() {
        // for JPA
    }

    /** For tests and tools: the library itself comes from migrations. */
    public ExerciseSet(String code, String collectionCode, Integer sessionNo, String title, Homework homework) {
        this.code = Objects.requireNonNull(code, "code");
        this.collectionCode = Objects.requireNonNull(collectionCode, "collectionCode");
        this.sessionNo = sessionNo;
        this.title = Objects.requireNonNull(title, "title");
        this.homework = homework;
    }

    /** Adds an exercise at the end (tests and tools). */
    public Exercise add(String exerciseCode, String exerciseTitle, String aim, String instructions, int minutes,
                        ExerciseFormat format, String safetyNote) {
        Exercise exercise = new Exercise(this, exercises.size() + 1, exerciseCode, exerciseTitle, aim, instructions,
                minutes, format, safetyNote);
        exercises.add(exercise);
        return exercise;
    }

    /**
     * The set that session {@code position} (1 for the first) of a programme follows, from that
     * programme's sets: the one for that session, else a structure for every session, else none.
     */
    public static Optional<ExerciseSet> forSession(List<ExerciseSet> collection, int position) {
        Optional<ExerciseSet> numbered = collection.stream()
                .filter(s -> s.sessionNo != null && s.sessionNo == position).findFirst();
        return numbered.isPresent() ? numbered : collection.stream().filter(s -> s.sessionNo == null).findFirst();
    }

    /** Minutes the exercises take, in the library's order. */
    public int totalMinutes() {
        return exercises.stream().mapToInt(Exercise::durationMinutes).sum();
    }

    public Optional<Homework> homework() {
        return Optional.ofNullable(homework);
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String collectionCode() { return collectionCode; }
    public Integer sessionNo() { return sessionNo; }
    public String title() { return title; }
    public List<Exercise> exercises() { return List.copyOf(exercises); }
}
