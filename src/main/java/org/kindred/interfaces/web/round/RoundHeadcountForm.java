package org.kindred.interfaces.web.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kindred.application.attendance.AttendanceService;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;
import org.kindred.interfaces.web.schedule.SessionTexts;

/**
 * Facilitator: after a Schwartz Round they ran, how many came, optionally by staff group. Numbers
 * only, never names; the saved counts are shown back beside each Round (read for all at once).
 */
@Named("roundHeadcount")
@ViewScoped
public class RoundHeadcountForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUGGESTED = List.of("Doctors", "Nurses", "Allied health professionals", "Admin and other staff");

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient SessionTexts when;

    @Inject
    transient CurrentPerson me;

    private Long occurrenceId;
    private String what;
    private List<HeadcountRow> rows = new ArrayList<>();
    private transient List<SessionView> rounds;
    private transient Map<Long, Map<String, Integer>> saved;

    /** Rounds of the last four weeks that the caller facilitates, have started and were not cancelled. */
    public List<SessionView> getRounds() {
        if (rounds == null) {
            rounds = views.recentForFacilitator(me.caller()).stream()
                    .filter(s -> s.kind() == SeriesKind.ROUND && !s.cancelled()).toList();
        }
        return rounds;
    }

    /** "42 came: Doctors 10, Nurses 32", or that nothing is recorded yet. */
    public String summary(SessionView round) {
        Map<String, Integer> counts = saved().getOrDefault(round.occurrenceId(), Map.of());
        if (counts.isEmpty()) {
            return Texts.get("roundHeadcountForm.noHeadcountRecordedYet");
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (counts.size() == 1 && counts.containsKey(AttendanceService.ALL_STAFF)) {
            return Texts.get("roundHeadcountForm.came", String.valueOf(total));
        }
        return Texts.get("roundHeadcountForm.cameBy", String.valueOf(total), counts.entrySet().stream()
                .map(e -> label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    public void start(SessionView round) {
        occurrenceId = round.occurrenceId();
        what = when.title(round) + ", " + when.span(round);
        rows = new ArrayList<>();
        saved().getOrDefault(occurrenceId, Map.of()).forEach((group, count) ->
                rows.add(new HeadcountRow(AttendanceService.ALL_STAFF.equals(group) ? null : group, count)));
        if (rows.isEmpty()) {
            SUGGESTED.forEach(group -> rows.add(new HeadcountRow(group, null)));
        }
    }

    public void addRow() {
        rows.add(new HeadcountRow());
    }

    public int getTotal() {
        return rows.stream().filter(r -> r.getCount() != null).mapToInt(HeadcountRow::getCount).sum();
    }

    public void save() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.stream().filter(r -> r.getCount() != null).forEach(r -> counts.merge(
                r.getStaffGroup() == null ? "" : r.getStaffGroup().strip(), r.getCount(), Integer::sum));
        try {
            Map<String, Integer> stored = attendance.recordHeadcount(me.caller(), occurrenceId == null ? -1 : occurrenceId, counts);
            Messages.info(Texts.get("roundHeadcountForm.saved", String.valueOf(stored.values().stream().mapToInt(Integer::intValue).sum())));
            back();
        } catch (RuleException e) {
            Messages.rule("headcount", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("roundHeadcountForm.thisRoundIsNoLonger"));
            back();
        }
    }

    public void back() {
        occurrenceId = null;
        rows = new ArrayList<>();
        saved = null;
    }

    private Map<Long, Map<String, Integer>> saved() {
        if (saved == null) {
            saved = attendance.headcounts(me.caller(), getRounds().stream().map(SessionView::occurrenceId).toList());
        }
        return saved;
    }

    private static String label(String staffGroup) {
        return AttendanceService.ALL_STAFF.equals(staffGroup) ? Texts.get("roundHeadcountForm.staffGroupNotGiven") : staffGroup;
    }

    public Long getOccurrenceId() { return occurrenceId; }
    public String getWhat() { return what; }
    public List<HeadcountRow> getRows() { return rows; }
}
