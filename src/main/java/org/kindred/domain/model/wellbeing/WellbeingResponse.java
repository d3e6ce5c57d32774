package org.kindred.domain.model.wellbeing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One member's measure, anonymously: the group, the phase, the day and the subscale sums. Deliberately
 * nothing else: no person, no address, no time of day, no item answers. Whether someone answered is
 * kept apart, unjoinably.
 */
@Entity
@Table(name = "wellbeing_response")
public class WellbeingResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, updatable = false)
    private Phase phase;

    @Column(name = "instrument_code", nullable = false, updatable = false)
    private String instrumentCode;

    @Column(name = "answered_on", nullable = false, updatable = false)
    private LocalDate answeredOn;

    @ElementCollection
    @CollectionTable(name = "wellbeing_score", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "subscale_code")
    @Column(name = "score")
    private Map<String, Integer> scores = new HashMap<>();

    protected WellbeingResponse() {
        // for JPA
    }

    /** Scores the answers on the window's instrument; refuses incomplete or off-scale answers. */
    public WellbeingResponse(WellbeingWindow window, Instrument instrument, LocalDate answeredOn,
                             WellbeingAnswers answers) {
        if (!window.instrumentCode().equals(instrument.code())) {
            throw new IllegalArgumentException("answers scored on another instrument than the window's");
        }
        this.scores = new HashMap<>(instrument.score(answers));
        this.groupId = window.groupId();
        this.phase = window.phase();
        this.instrumentCode = instrument.code();
        this.answeredOn = answeredOn;
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }
}
