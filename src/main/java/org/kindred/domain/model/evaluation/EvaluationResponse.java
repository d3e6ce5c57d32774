package org.kindred.domain.model.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
 * One set of anonymous answers: the session, the day, the scores. Deliberately nothing else: no
 * person, no address, no time of day. Whether someone answered is kept apart, unjoinably.
 */
@Entity
@Table(name = "evaluation_response")
public class EvaluationResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "answered_on", nullable = false, updatable = false)
    private LocalDate answeredOn;

    @Column(name = "overall", updatable = false)
    private Integer overall;

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item_code")
    @Column(name = "score")
    private Map<String, Integer> scores = new HashMap<>();

    protected EvaluationResponse() {
        // for JPA
    }

    public EvaluationResponse(long occurrenceId, long groupId, LocalDate answeredOn, EvaluationAnswers answers) {
        this.occurrenceId = occurrenceId;
        this.groupId = groupId;
        this.answeredOn = answeredOn;
        this.overall = answers.overall();
        this.scores = new HashMap<>(answers.scores());
    }
}
