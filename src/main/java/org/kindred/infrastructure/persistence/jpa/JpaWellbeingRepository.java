package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.domain.model.wellbeing.Instrument;
import org.kindred.domain.model.wellbeing.Item;
import org.kindred.domain.model.wellbeing.Phase;
import org.kindred.domain.model.wellbeing.ScalePoint;
import org.kindred.domain.model.wellbeing.Subscale;
import org.kindred.domain.model.wellbeing.WellbeingRepository;
import org.kindred.domain.model.wellbeing.WellbeingResponse;
import org.kindred.domain.model.wellbeing.WellbeingWindow;

/**
 * The wellbeing measure in plain SQL. The responded-flag is written with INSERT IGNORE, so two
 * submissions at once still leave one flag and one response (the loser is refused before writing any).
 * Instruments are read afresh each time: they are a few dozen rows, and rarely read.
 */
@ApplicationScoped
public class JpaWellbeingRepository implements WellbeingRepository {

    private static final String WINDOW_COLUMNS = "SELECT group_id, phase, instrument_code, opened_on, closed FROM wellbeing_window ";

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Instrument> instrument(String code) {
        List<Object[]> found = em.createNativeQuery("SELECT short_name, name, instructions, credit, source_url, licence_text "
                + "FROM wellbeing_instrument WHERE code = ?1").setParameter(1, code).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] i = found.get(0);
        List<Object[]> scale = em.createNativeQuery("SELECT score, label FROM wellbeing_scale_point "
                + "WHERE instrument_code = ?1 ORDER BY score").setParameter(1, code).getResultList();
        List<Object[]> subscales = em.createNativeQuery("SELECT code, name, low_at_most, high_from FROM wellbeing_subscale "
                + "WHERE instrument_code = ?1 ORDER BY position").setParameter(1, code).getResultList();
        List<Object[]> items = em.createNativeQuery("SELECT position, statement, subscale_code, reversed FROM wellbeing_item "
                + "WHERE instrument_code = ?1 ORDER BY position").setParameter(1, code).getResultList();
        return Optional.of(new Instrument(code, (String) i[0], (String) i[1], (String) i[2], (String) i[3], (String) i[4],
                (String) i[5],
                scale.stream().map(r -> new ScalePoint(number(r[0]), (String) r[1])).toList(),
                subscales.stream().map(r -> new Subscale((String) r[0], (String) r[1], number(r[2]), number(r[3]))).toList(),
                items.stream().map(r -> new Item(number(r[0]), (String) r[1], (String) r[2], bool(r[3]))).toList()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<WellbeingWindow> windows(long groupId) {
        List<Object[]> rows = em.createNativeQuery(WINDOW_COLUMNS + "WHERE group_id = ?1 ORDER BY phase DESC")
                .setParameter(1, groupId).getResultList();
        return rows.stream().map(JpaWellbeingRepository::window).toList();
    }

    /** One query per group: a member is in a handful of groups, and native queries take no list parameters portably. */
    @Override
    public List<WellbeingWindow> openWindows(Collection<Long> groupIds) {
        return groupIds.stream().flatMap(id -> windows(id).stream()).filter(WellbeingWindow::isOpen).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<WellbeingWindow> lockWindow(long groupId, Phase phase) {
        List<Object[]> rows = em.createNativeQuery(WINDOW_COLUMNS + "WHERE group_id = ?1 AND phase = ?2 FOR UPDATE")
                .setParameter(1, groupId).setParameter(2, phase.name()).getResultList();
        return rows.stream().map(JpaWellbeingRepository::window).findFirst();
    }

    @Override
    public void addWindow(WellbeingWindow window) {
        em.createNativeQuery("INSERT INTO wellbeing_window (group_id, phase, instrument_code, opened_on, closed) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, window.groupId()).setParameter(2, window.phase().name())
                .setParameter(3, window.instrumentCode()).setParameter(4, window.openedOn())
                .setParameter(5, window.closed()).executeUpdate();
    }

    @Override
    public void closeWindow(WellbeingWindow window) {
        em.createNativeQuery("UPDATE wellbeing_window SET closed = ?3 WHERE group_id = ?1 AND phase = ?2")
                .setParameter(1, window.groupId()).setParameter(2, window.phase().name())
                .setParameter(3, window.closed()).executeUpdate();
    }

    @Override
    public boolean markResponded(long groupId, Phase phase, long personId) {
        return em.createNativeQuery("INSERT IGNORE INTO wellbeing_responded (group_id, phase, person_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, groupId).setParameter(2, phase.name()).setParameter(3, personId).executeUpdate() == 1;
    }

    @Override
    public boolean hasResponded(long groupId, Phase phase, long personId) {
        return !em.createNativeQuery("SELECT person_id FROM wellbeing_responded WHERE group_id = ?1 AND phase = ?2 "
                        + "AND person_id = ?3")
                .setParameter(1, groupId).setParameter(2, phase.name()).setParameter(3, personId)
                .getResultList().isEmpty();
    }

    @Override
    public void addResponse(WellbeingResponse response) {
        em.persist(response);
    }

    @Override
    public long responses(long groupId, Phase phase) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM wellbeing_response WHERE group_id = ?1 AND phase = ?2")
                .setParameter(1, groupId).setParameter(2, phase.name()).getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, long[]> totals(long groupId, Phase phase) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.subscale_code, COUNT(*), SUM(s.score) FROM wellbeing_score s "
                        + "JOIN wellbeing_response r ON r.id = s.response_id WHERE r.group_id = ?1 AND r.phase = ?2 "
                        + "GROUP BY s.subscale_code")
                .setParameter(1, groupId).setParameter(2, phase.name()).getResultList();
        Map<String, long[]> totals = new HashMap<>();
        rows.forEach(r -> totals.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return totals;
    }

    private static WellbeingWindow window(Object[] r) {
        return new WellbeingWindow(((Number) r[0]).longValue(), Phase.valueOf((String) r[1]), (String) r[2],
                date(r[3]), bool(r[4]));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** MySQL's BOOLEAN is TINYINT(1): Connector/J may hand back a Boolean or a number. */
    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
