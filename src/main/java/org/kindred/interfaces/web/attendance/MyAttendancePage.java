package org.kindred.interfaces.web.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.attendance.AttendanceService;
import org.kindred.application.attendance.AttendanceService.OwnLine;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Texts;

/** Participant: their own attendance record, in every group. Reading it is audited like any other. */
@Named
@ViewScoped
public class MyAttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient CurrentPerson me;

    private transient List<OwnLine> lines;

    public List<OwnLine> getLines() {
        if (lines == null) {
            lines = attendance.mine(me.caller());
        }
        return lines;
    }

    public String describe(OwnLine line) {
        String mark = switch (line.mark()) {
            case PRESENT -> Texts.get("common.present");
            case APOLOGIES -> Texts.get("facilitator.attendance.sentApologies");
            case ABSENT -> Texts.get("common.absent");
        };
        return mark + (line.late() ? Texts.get("myAttendancePage.late") : "") + (line.leftEarly() ? Texts.get("myAttendancePage.leftEarly") : "");
    }
}
