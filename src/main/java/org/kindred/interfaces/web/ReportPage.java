package org.kindred.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.report.ReportRow;
import org.kindred.application.report.Reports;
import org.kindred.application.report.Reports.Report;

/** Organisers and facilitators: the anonymous report, its charts and its CSV. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reports reports;

    @Inject
    transient CurrentPerson me;

    private transient Report report;

    public Report getReport() {
        if (report == null) {
            report = reports.report(me.caller());
        }
        return report;
    }

    public boolean isNoGroups() {
        return getReport().groups().size() <= 1;
    }

    /** The last line of a table: its total. */
    public ReportRow total(List<ReportRow> rows) {
        return rows.get(rows.size() - 1);
    }

    public String getAttendanceChart() {
        List<ReportRow> months = getReport().months();
        return ReportCharts.bar(Texts.get("reportPage.attendanceRate"), months.subList(0, months.size() - 1), ReportRow::rate, 100);
    }

    public String getRatingChart() {
        List<ReportRow> months = getReport().months();
        return ReportCharts.line(Texts.get("reportPage.overallRating1To5"), months.subList(0, months.size() - 1), ReportRow::overall, 5);
    }
}
