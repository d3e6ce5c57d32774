package org.kindred.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.kindred.application.rights.AuditExportService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.web.jsf.Messages;

/**
 * Admin: the audit export's two days. A wrong range is told beside its field; a good one goes on to the
 * streamed CSV of the API, which checks it again and audits the export.
 */
@Named
@RequestScoped
public class AuditExportForm {

    @Inject
    ExternalContext external;

    private String from;
    private String to;

    public void download() throws IOException {
        try {
            AuditExportService.Days days = AuditExportService.check(from, to);
            external.redirect(external.getRequestContextPath() + "/api/admin/audit/export?from="
                    + URLEncoder.encode(days.from().toString(), StandardCharsets.UTF_8) + "&to="
                    + URLEncoder.encode(days.to().toString(), StandardCharsets.UTF_8));
        } catch (RuleException e) {
            Messages.rule("export", e);
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
