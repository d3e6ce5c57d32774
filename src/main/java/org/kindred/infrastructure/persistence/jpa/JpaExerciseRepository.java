package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.exercise.Exercise;
import org.kindred.domain.model.exercise.ExerciseRepository;
import org.kindred.domain.model.exercise.ExerciseSet;

@ApplicationScoped
public class JpaExerciseRepository implements ExerciseRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public List<ExerciseSet> sets() {
        return em.createNamedQuery("ExerciseSet.findAll", ExerciseSet.class)
                .setHint("eclipselink.batch", "s.exercises").getResultList();
    }

    @Override
    public List<ExerciseSet> collection(String collectionCode) {
        return em.createNamedQuery("ExerciseSet.findByCollection", ExerciseSet.class)
                .setParameter("collectionCode", collectionCode).getResultList();
    }

    @Override
    public Optional<ExerciseSet> set(long setId) {
        return Optional.ofNullable(em.find(ExerciseSet.class, setId));
    }

    @Override
    public List<Exercise> exercises(Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Exercise e where e.id in :ids", Exercise.class)
                .setParameter("ids", exerciseIds).getResultList();
    }

    @Override
    public Optional<Exercise> exercise(long exerciseId) {
        return Optional.ofNullable(em.find(Exercise.class, exerciseId));
    }
}
