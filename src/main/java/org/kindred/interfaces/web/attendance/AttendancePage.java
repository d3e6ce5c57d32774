package org.kindred.interfaces.web.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kindred.application.attendance.AttendanceService;
import org.kindred.application.attendance.AttendanceService.Sheet;
import org.kindred.application.evaluation.EvaluationService;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.attendance.AttendanceMark;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Facilitator: one session's attendance on one screen, made for a phone. Opening it is a view of
 * named attendance and is audited by the service; so is saving.
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient EvaluationService evaluations;

    private Long occurrence;
    private transient EvaluationService.Summary evaluation;
    private Sheet sheet;
    private final List<Row> rows = new ArrayList<>();

    /** One member's line, as edited. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long personId;
        private final String name;
        private final boolean acceptedRules;
        private AttendanceMark mark;
        private boolean late;
        private boolean leftEarly;

        Row(AttendanceService.Line line) {
            personId = line.personId();
            name = line.name();
            acceptedRules = line.acceptedCurrentRules();
            mark = line.mark();
            late = line.late();
            leftEarly = line.leftEarly();
        }

        public long getPersonId() { return personId; }
        public String getName() { return name; }
        public boolean isAcceptedRules() { return acceptedRules; }
        public AttendanceMark getMark() { return mark; }
        public void setMark(AttendanceMark mark) { this.mark = mark; }
        public boolean isLate() { return late; }
        public void setLate(boolean late) { this.late = late; }
        public boolean isLeftEarly() { return leftEarly; }
        public void setLeftEarly(boolean leftEarly) { this.leftEarly = leftEarly; }
    }

    public void load() {
        try {
            show(attendance.sheet(me.caller(), occurrence == null ? -1 : occurrence));
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public void save() {
        List<AttendanceService.Mark> marks = rows.stream().filter(r -> r.mark != null)
                .map(r -> new AttendanceService.Mark(r.personId, r.mark, r.late, r.leftEarly)).toList();
        try {
            show(attendance.record(me.caller(), sheet.occurrenceId(), marks));
            Messages.info(Texts.get("attendancePage.attendanceSaved"));
        } catch (RuleException e) {
            Messages.rule("attendance", e);
        } catch (NotFoundException e) {
            Messages.notFound(); // no longer a facilitator of this group
        }
    }

    /** The session's anonymous evaluation, as counts and means (hidden below 8 answers). */
    public EvaluationService.Summary getEvaluation() {
        if (evaluation == null && sheet != null && !sheet.cancelled()) {
            evaluation = evaluations.summary(me.caller(), sheet.occurrenceId());
        }
        return evaluation;
    }

    private void show(Sheet fresh) {
        sheet = fresh;
        rows.clear();
        fresh.lines().forEach(line -> rows.add(new Row(line)));
    }

    public AttendanceMark[] getMarks() { return AttendanceMark.values(); }
    public Long getOccurrence() { return occurrence; }
    public void setOccurrence(Long occurrence) { this.occurrence = occurrence; }
    public Sheet getSheet() { return sheet; }
    public List<Row> getRows() { return rows; }
}
