package org.kindred.application.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.exercise.Exercise;
import org.kindred.domain.model.exercise.ExerciseRepository;
import org.kindred.domain.model.exercise.ExerciseSet;
import org.kindred.domain.model.exercise.Homework;
import org.kindred.domain.model.person.Role;

/** The library as facilitators, organisers and admins read it. Participants see only their groups' sessions. */
@ApplicationScoped
@Transactional
public class LibraryViews {

    @Inject
    ExerciseRepository library;

    public record ExerciseView(long id, String code, String title, String aim, String instructions, int minutes,
                               String format, String safetyNote) {
    }

    public record HomeworkView(String title, String task) {
    }

    public record SetView(long id, String code, String collection, Integer sessionNo, String title, int totalMinutes,
                          HomeworkView homework, List<ExerciseView> exercises) {
    }

    public List<SetView> library(Caller caller) {
        if (!caller.is(Role.FACILITATOR) && !caller.is(Role.ORGANISER) && !caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        return library.sets().stream().map(LibraryViews::view).toList();
    }

    static SetView view(ExerciseSet s) {
        return new SetView(s.id(), s.code(), s.collectionCode(), s.sessionNo(), s.title(), s.totalMinutes(),
                s.homework().map(LibraryViews::view).orElse(null),
                s.exercises().stream().map(LibraryViews::view).toList());
    }

    static ExerciseView view(Exercise e) {
        return new ExerciseView(e.id(), e.code(), e.title(), e.aim(), e.instructions(), e.durationMinutes(),
                e.format().name(), e.safetyNote());
    }

    static HomeworkView view(Homework h) {
        return new HomeworkView(h.title(), h.task());
    }
}
