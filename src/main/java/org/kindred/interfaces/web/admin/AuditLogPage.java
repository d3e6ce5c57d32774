package org.kindred.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.attendance.AuditViews;
import org.kindred.application.attendance.AuditViews.AuditLine;
import org.kindred.interfaces.CurrentPerson;

/** Admin: who looked at, exported or changed named attendance, or was refused. Never the attendance. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditViews audit;

    @Inject
    transient CurrentPerson me;

    private transient List<AuditLine> lines;

    public List<AuditLine> getLines() {
        if (lines == null) {
            lines = audit.recent(me.caller());
        }
        return lines;
    }
}
