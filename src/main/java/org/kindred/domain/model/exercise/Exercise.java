package org.kindred.domain.model.exercise;

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
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One exercise of the library, as the facilitator runs it. Library rows are written by migrations
 * only; a group adapts its own plan, never the exercise.
 */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id", nullable = false)
    private ExerciseSet set;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Column(name = "aim", nullable = false, length = 500)
    private String aim;

    @Column(name = "instructions", nullable = false, length = 2000)
    private String instructions;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 12)
    private ExerciseFormat format;

    @Column(name = "safety_note", nullable = false, length = 500)
    private String safetyNote;

    protected Exercise() {
        // for JPA
    }

    /** For tests and tools: the library itself comes from migrations. */
    public Exercise(ExerciseSet set, int position, String code, String title, String aim, String instructions,
                    int durationMinutes, ExerciseFormat format, String safetyNote) {
        if (durationMinutes < 1 || durationMinutes > 240) {
            throw new IllegalArgumentException("an exercise lasts 1 to 240 minutes: " + durationMinutes);
        }
        this.set = set;
        this.position = position;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.aim = Objects.requireNonNull(aim, "aim");
        this.instructions = Objects.requireNonNull(instructions, "instructions");
        this.durationMinutes = durationMinutes;
        this.format = Objects.requireNonNull(format, "format");
        this.safetyNote = Objects.requireNonNull(safetyNote, "safetyNote");
    }

    /** The same library exercise: by code, which is unique and known before the row has an id. */
    public boolean sameAs(Exercise other) {
        return other != null && code.equals(other.code);
    }

    public Long id() { return id; }
    public ExerciseSet set() { return set; }
    public int position() { return position; }
    public String code() { return code; }
    public String title() { return title; }
    public String aim() { return aim; }
    public String instructions() { return instructions; }
    public int durationMinutes() { return durationMinutes; }
    public ExerciseFormat format() { return format; }
    public String safetyNote() { return safetyNote; }
}
