package org.kindred.domain.model.report;

/**
 * Whose groups a report covers: every group of an organisation (for its organisers), or the groups
 * one facilitator leads.
 */
public record ReportScope(long organisationId, Long leaderId) {

    public static ReportScope organisation(long organisationId) {
        return new ReportScope(organisationId, null);
    }

    public static ReportScope ledBy(long organisationId, long personId) {
        return new ReportScope(organisationId, personId);
    }

    public boolean isOrganisation() {
        return leaderId == null;
    }
}
