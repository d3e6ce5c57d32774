package org.kindred.application.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.domain.model.exercise.ExerciseRepository;
import org.kindred.domain.model.exercise.ExerciseSet;
import org.kindred.domain.model.exercise.SessionPlan;
import org.kindred.domain.model.exercise.SessionPlanRepository;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.session.Occurrence;

/**
 * An occurrence's plan: the group's own, if a facilitator has changed it, or else the default, not
 * stored: the set for the occurrence's place in its series, from its programme's collection.
 */
@ApplicationScoped
public class PlanFinder {

    @Inject
    SessionPlanRepository plans;

    @Inject
    ExerciseRepository library;

    public SessionPlan planOf(Occurrence occurrence, SupportGroup group) {
        return plans.ofOccurrence(occurrence.id()).orElseGet(() -> defaultPlan(occurrence, group, collectionOf(group)));
    }

    /** Plans of several occurrences of one group, by occurrence id. */
    public Map<Long, SessionPlan> plansOf(Collection<Occurrence> occurrences, SupportGroup group) {
        Map<Long, SessionPlan> stored = plans.ofOccurrences(occurrences.stream().map(Occurrence::id).toList()).stream()
                .collect(Collectors.toMap(SessionPlan::occurrenceId, Function.identity()));
        List<ExerciseSet> collection = collectionOf(group);
        return occurrences.stream().collect(Collectors.toMap(Occurrence::id,
                o -> stored.containsKey(o.id()) ? stored.get(o.id()) : defaultPlan(o, group, collection)));
    }

    private List<ExerciseSet> collectionOf(SupportGroup group) {
        String code = group.template().exerciseSetCode();
        return code == null ? List.of() : library.collection(code);
    }

    private static SessionPlan defaultPlan(Occurrence occurrence, SupportGroup group, List<ExerciseSet> collection) {
        ExerciseSet set = ExerciseSet.forSession(collection, sessionNumber(occurrence)).orElse(null);
        return SessionPlan.following(occurrence.id(), group.id(), set);
    }

    /**
     * 1 for the first session of its series. Cancelled sessions do not count: the course carries on
     * with the next session held, so week 3 follows week 2 even when a date in between was cancelled.
     */
    static int sessionNumber(Occurrence occurrence) {
        int before = (int) occurrence.series().occurrences().stream()
                .filter(o -> !o.id().equals(occurrence.id()) && o.isScheduled() && o.startsAt().isBefore(occurrence.startsAt()))
                .count();
        return before + 1;
    }
}
