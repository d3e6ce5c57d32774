package org.kindred.interfaces.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.report.ReportRow;
import org.kindred.application.report.ReportViews;
import org.kindred.application.report.ReportViews.Report;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organisers and facilitators: the anonymous report of the released months, its charts and its CSV. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportViews reports;

    @Inject
    transient CurrentPerson me;

    /** The released month (yyyy-mm) whose lines the page shows; the newest when not given. */
    private String month;

    private transient Report report;

    /** Read before the page renders, so that a refused month's message shows with it. */
    public void load() {
        getReport();
    }

    public Report getReport() {
        if (report == null) {
            try {
                report = reports.report(me.caller(), month);
            } catch (RuleException e) {
                Messages.error(null, e.getMessage());
                month = null;
                report = reports.report(me.caller(), null);
            }
        }
        return report;
    }

    public boolean isNoFigures() {
        return getReport().months().stream().allMatch(r -> r.sessions() == 0 && "0".equals(r.responses()));
    }

    /** The lines whose statement means the page shows: all groups for organisers, each group for a facilitator. */
    public List<ReportRow> getStatementLines() {
        List<ReportRow> lines = getReport().groups();
        return getReport().organisation() ? lines.subList(lines.size() - 1, lines.size()) : lines;
    }

    public String getAttendanceChart() {
        return ReportCharts.bar(Texts.get("reportPage.attendanceRate"), getReport().months(), ReportRow::rate, 100);
    }

    public String getRatingChart() {
        return ReportCharts.line(Texts.get("reportPage.overallRating1To5"), getReport().months(), ReportRow::overall, 5);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
