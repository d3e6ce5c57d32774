package org.kindred.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kindred.application.rights.DataRightsService;
import org.kindred.application.rights.DataRightsService.PersonalDataExport;
import org.kindred.domain.model.rights.PersonalRecords.Section;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.DateFormats;
import org.kindred.interfaces.web.jsf.Texts;

/** "Your data": everything Kindred holds about the signed-in person, to read; the JSON file is the API's. */
@Named
@RequestScoped
public class YourDataPage {

    @Inject
    DataRightsService rights;

    @Inject
    CurrentPerson me;

    @Inject
    DateFormats dates;

    private PersonalDataExport export;
    private List<SectionView> sections;

    /** A section as the page shows it: a title, column headings and rows of text. */
    public record SectionView(String name, String title, List<String> columns, List<List<String>> rows) {
    }

    public PersonalDataExport getExport() {
        if (export == null) {
            export = rights.export(me.caller());
        }
        return export;
    }

    public List<SectionView> getSections() {
        if (sections == null) {
            sections = new ArrayList<>();
            for (Section section : getExport().sections()) {
                List<String> columns = section.rows().isEmpty() ? List.of()
                        : section.rows().get(0).keySet().stream().map(YourDataPage::heading).toList();
                List<List<String>> rows = new ArrayList<>();
                for (Map<String, Object> row : section.rows()) {
                    rows.add(row.values().stream().map(this::text).toList());
                }
                sections.add(new SectionView(section.name(), title(section.name()), columns, rows));
            }
        }
        return sections;
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? Texts.get("yourData.yes") : Texts.get("yourData.no");
        }
        String text = value.toString();
        if (text.length() >= 20 && text.endsWith("Z") && Character.isDigit(text.charAt(0))) {
            try {
                return dates.dateTime(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    /** "leftEarly" → "Left early": the export's field names, readable. */
    static String heading(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String title(String section) {
        return switch (section) {
            case "account" -> Texts.get("yourData.account");
            case "roles" -> Texts.get("yourData.roles");
            case "singleSignOn" -> Texts.get("yourData.singleSignOn");
            case "passwordLinks" -> Texts.get("yourData.passwordLinks");
            case "signedInSessions" -> Texts.get("yourData.signedInSessions");
            case "emailChanges" -> Texts.get("yourData.emailChanges");
            case "facilitatorProfile" -> Texts.get("yourData.facilitatorProfile");
            case "memberships" -> Texts.get("yourData.memberships");
            case "groupsLed" -> Texts.get("yourData.groupsLed");
            case "groundRulesAcceptances" -> Texts.get("yourData.groundRulesAcceptances");
            case "groundRulesLinks" -> Texts.get("yourData.groundRulesLinks");
            case "attendance" -> Texts.get("yourData.attendance");
            case "calendarResponses" -> Texts.get("yourData.calendarResponses");
            case "calendarFeeds" -> Texts.get("yourData.calendarFeeds");
            case "homeworkReports" -> Texts.get("yourData.homeworkReports");
            case "evaluationsAnswered" -> Texts.get("yourData.evaluationsAnswered");
            case "wellbeingAnswered" -> Texts.get("yourData.wellbeingAnswered");
            case "roundPanels" -> Texts.get("yourData.roundPanels");
            case "roundsAsClinicalLead" -> Texts.get("yourData.roundsAsClinicalLead");
            case "roundsFacilitated" -> Texts.get("yourData.roundsFacilitated");
            case "emails" -> Texts.get("yourData.emails");
            case "peopleImportsStarted" -> Texts.get("yourData.peopleImportsStarted");
            case "provisioningTokensMade" -> Texts.get("yourData.provisioningTokensMade");
            case "secondFactor" -> Texts.get("yourData.secondFactor");
            case "pendingImportLines" -> Texts.get("yourData.pendingImportLines");
            case "lookedAtYourAttendance" -> Texts.get("yourData.lookedAtYourAttendance");
            case "auditAboutYou" -> Texts.get("yourData.auditAboutYou");
            case "yourAuditedActions" -> Texts.get("yourData.yourAuditedActions");
            default -> section;
        };
    }
}
