package org.kindred.infrastructure.persistence.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.domain.model.rights.AuditRow;
import org.kindred.domain.model.rights.PersonalDataRepository;
import org.kindred.domain.model.rights.PersonalRecords;
import org.kindred.domain.model.rights.PersonalRecords.Section;

/**
 * One statement per section of a person's data; {@code :p} stands for the person's id. Columns are
 * named "field" (text or number), "field:time" (a UTC instant) or "field:yes" (a boolean).
 */
@ApplicationScoped
public class JpaPersonalDataRepository implements PersonalDataRepository {

    /** Audit actions about named attendance: a member's marks are among what was looked at. */
    private static final String ATTENDANCE_ACTIONS = "('VIEW_ATTENDANCE', 'EXPORT_ATTENDANCE', 'RECORD_ATTENDANCE')";

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    private record Spec(String name, List<String> tables, String sql, String... columns) {
    }

    private static final List<Spec> SECTIONS = List.of(
            new Spec("account", List.of("person.display_name", "person.email", "person.password_hash",
                    "person.active", "person.created_at", "person.scim_id", "person.external_id", "person.scim_deleted"),
                    "SELECT p.display_name, p.email, o.name, p.active, p.created_at,"
                            + " CASE WHEN p.password_hash IS NULL THEN FALSE ELSE TRUE END,"
                            + " p.scim_id, p.external_id, p.scim_deleted"
                            + " FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = :p",
                    "name", "email", "organisation", "active:yes", "created:time", "hasPassword:yes",
                    "directoryId", "directoryExternalId", "removedByDirectory:yes"),
            new Spec("singleSignOn", List.of("person_identity.*"),
                    "SELECT issuer, subject, linked_at FROM person_identity WHERE person_id = :p ORDER BY id",
                    "provider", "subject", "linked:time"),
            new Spec("roles", List.of("person_role.role"),
                    "SELECT role FROM person_role WHERE person_id = :p ORDER BY role", "role"),
            new Spec("passwordLinks", List.of("password_setup_token.*"),
                    "SELECT created_at, expires_at, used_at FROM password_setup_token WHERE person_id = :p ORDER BY id",
                    "created:time", "expires:time", "used:time"),
            new Spec("signedInSessions", List.of("signed_in_session.*"),
                    "SELECT device_hint, started_at, last_seen_at FROM signed_in_session WHERE person_id = :p ORDER BY id",
                    "device", "started:time", "lastSeen:time"),
            new Spec("emailChanges", List.of("email_change.*"),
                    "SELECT new_email, requested_at, expires_at, used_at FROM email_change WHERE person_id = :p ORDER BY id",
                    "newEmail", "asked:time", "expires:time", "confirmed:time"),
            new Spec("facilitatorProfile", List.of("facilitator_profile.*"),
                    "SELECT training, accredited_until, max_groups FROM facilitator_profile WHERE person_id = :p",
                    "training", "accreditedUntil", "maxGroups"),
            new Spec("memberships", List.of("membership.person_id", "membership.group_id", "membership.status",
                    "membership.created_at", "group_seat.membership_id"),
                    "SELECT g.name, m.status, m.created_at FROM membership m JOIN support_group g ON g.id = m.group_id"
                            + " WHERE m.person_id = :p ORDER BY m.created_at",
                    "group", "status", "joined:time"),
            new Spec("groupsLed", List.of("group_leader.person_id", "group_leader.role"),
                    "SELECT g.name, l.role FROM group_leader l JOIN support_group g ON g.id = l.group_id"
                            + " WHERE l.person_id = :p ORDER BY g.name",
                    "group", "role"),
            new Spec("groundRulesAcceptances", List.of("ground_rules_acceptance.*"),
                    "SELECT g.name, v.version, a.accepted_at FROM ground_rules_acceptance a"
                            + " JOIN ground_rules_version v ON v.id = a.rules_version_id"
                            + " JOIN support_group g ON g.id = v.group_id WHERE a.person_id = :p ORDER BY a.accepted_at",
                    "group", "version", "accepted:time"),
            new Spec("groundRulesLinks", List.of("ground_rules_link.*"),
                    "SELECT g.name, v.version, k.expires_at, k.used_at FROM ground_rules_link k"
                            + " JOIN ground_rules_version v ON v.id = k.rules_version_id"
                            + " JOIN support_group g ON g.id = v.group_id WHERE k.person_id = :p ORDER BY k.id",
                    "group", "version", "expires:time", "used:time"),
            new Spec("attendance", List.of("attendance_record.*"),
                    "SELECT g.name, o.starts_at, a.mark, a.late, a.left_early, a.recorded_at FROM attendance_record a"
                            + " JOIN session_occurrence o ON o.id = a.occurrence_id JOIN support_group g ON g.id = a.group_id"
                            + " WHERE a.person_id = :p ORDER BY o.starts_at",
                    "group", "session:time", "mark", "late:yes", "leftEarly:yes", "recorded:time"),
            new Spec("calendarResponses", List.of("calendar_response.*"),
                    "SELECT g.name, s.kind, o.starts_at, r.part_stat, r.answered_at, r.via FROM calendar_response r"
                            + " JOIN session_series s ON s.id = r.series_id JOIN support_group g ON g.id = s.group_id"
                            + " LEFT JOIN session_occurrence o ON o.id = r.occurrence_key WHERE r.person_id = :p"
                            + " ORDER BY r.answered_at",
                    "group", "sessionKind", "session:time", "answer", "answered:time", "via"),
            new Spec("calendarFeeds", List.of("calendar_feed.token_hash", "calendar_feed.person_id"),
                    "SELECT created_at FROM calendar_feed WHERE person_id = :p ORDER BY id", "created:time"),
            new Spec("homeworkReports", List.of("homework_report.*"),
                    "SELECT g.name, o.starts_at, h.done FROM homework_report h JOIN session_occurrence o ON o.id = h.occurrence_id"
                            + " JOIN support_group g ON g.id = h.group_id WHERE h.person_id = :p ORDER BY o.starts_at",
                    "group", "session:time", "done:yes"),
            new Spec("evaluationsAnswered", List.of("evaluation_responded.occurrence_id", "evaluation_responded.person_id"),
                    "SELECT g.name, o.starts_at, TRUE FROM evaluation_responded e JOIN session_occurrence o ON o.id = e.occurrence_id"
                            + " JOIN support_group g ON g.id = o.group_id WHERE e.person_id = :p ORDER BY o.starts_at",
                    "group", "session:time", "answered:yes"),
            new Spec("wellbeingAnswered", List.of("wellbeing_responded.group_id", "wellbeing_responded.phase",
                    "wellbeing_responded.person_id"),
                    "SELECT g.name, w.phase, TRUE FROM wellbeing_responded w JOIN support_group g ON g.id = w.group_id"
                            + " WHERE w.person_id = :p ORDER BY g.name, w.phase",
                    "group", "phase", "answered:yes"),
            new Spec("roundPanels", List.of("round_panellist.person_id", "round_panellist.status",
                    "round_panellist.responded_at", "round_panellist.email"),
                    "SELECT r.topic, p.email, p.status, p.responded_at FROM round_panellist p"
                            + " JOIN schwartz_round r ON r.id = p.round_id WHERE p.person_id = :p ORDER BY r.created_at",
                    "round", "addressAsTyped", "status", "responded:time"),
            new Spec("roundsAsClinicalLead", List.of("schwartz_round.clinical_lead_id", "schwartz_round.clinical_lead_email"),
                    "SELECT topic, clinical_lead_email FROM schwartz_round WHERE clinical_lead_id = :p ORDER BY created_at",
                    "round", "addressAsTyped"),
            new Spec("roundsFacilitated", List.of("schwartz_round.facilitator_id", "session_series.facilitator_id"),
                    "SELECT topic FROM schwartz_round WHERE facilitator_id = :p ORDER BY created_at", "round"),
            new Spec("emails", List.of("outbox_message.recipient", "outbox_message.person_id", "outbox_message.subject",
                    "outbox_message.body_text"),
                    "SELECT created_at, kind, status, recipient, subject, body_text, sent_at FROM outbox_message"
                            + " WHERE person_id = :p ORDER BY id",
                    "created:time", "kind", "status", "recipient", "subject", "text", "sent:time"),
            new Spec("peopleImportsStarted", List.of("people_import.started_by"),
                    "SELECT created_at, status, total_rows, created_count, changed_count, deactivated_count, finished_at"
                            + " FROM people_import WHERE started_by = :p ORDER BY id",
                    "started:time", "status", "lines", "created", "changed", "deactivated", "finished:time"),
            new Spec("provisioningTokensMade", List.of("scim_token.created_by", "scim_token.label",
                    "scim_token.created_at", "scim_token.last_used_at"),
                    "SELECT label, created_at, last_used_at FROM scim_token WHERE created_by = :p ORDER BY id",
                    "label", "made:time", "lastUsed:time"),
            new Spec("secondFactor", List.of("person_totp.person_id", "person_totp.secret_encrypted",
                    "person_totp.enrolled_at", "person_totp.last_step", "person_recovery_code.person_id",
                    "person_recovery_code.code_hash", "person_recovery_code.created_at", "person_recovery_code.used_at"),
                    "SELECT t.enrolled_at, (SELECT COUNT(*) FROM person_recovery_code c WHERE c.person_id = t.person_id"
                            + " AND c.used_at IS NULL) FROM person_totp t WHERE t.person_id = :p",
                    "onSince:time", "recoveryCodesLeft"),
            new Spec("pendingImportLines", List.of("people_import_row.email", "people_import_row.display_name",
                    "people_import_row.roles", "people_import_row.active"),
                    "SELECT r.display_name, r.email, r.roles, r.active, r.done FROM people_import_row r"
                            + " WHERE r.email = (SELECT email FROM person WHERE id = :p) ORDER BY r.import_id, r.line_no",
                    "name", "email", "roles", "active:yes", "applied:yes"),
            new Spec("lookedAtYourAttendance", List.of("audit_entry.actor_id", "audit_entry.at", "audit_entry.action",
                    "audit_entry.group_id", "audit_entry.allowed"),
                    "SELECT a.at, a.action, g.name, CASE WHEN a.actor_id = :p THEN 'you'"
                            + " WHEN a.actor_id IS NULL THEN 'an erased person'"
                            + " WHEN EXISTS (SELECT 1 FROM group_leader l WHERE l.group_id = a.group_id AND l.person_id = a.actor_id)"
                            + " THEN 'a facilitator of this group' ELSE 'someone who is not a facilitator of this group' END,"
                            + " a.allowed FROM audit_entry a JOIN support_group g ON g.id = a.group_id"
                            + " WHERE a.action IN " + ATTENDANCE_ACTIONS
                            + " AND (a.group_id IN (SELECT group_id FROM membership WHERE person_id = :p)"
                            + " OR a.group_id IN (SELECT group_id FROM attendance_record WHERE person_id = :p))"
                            + " ORDER BY a.at, a.id",
                    "at:time", "action", "group", "by", "allowed:yes"),
            new Spec("auditAboutYou", List.of("audit_entry.subject_id"),
                    "SELECT at, action, CASE WHEN actor_id = :p THEN 'you' WHEN actor_id IS NULL THEN"
                            + " 'a provisioning client or an erased person' ELSE 'an administrator' END, allowed"
                            + " FROM audit_entry WHERE subject_id = :p ORDER BY at, id",
                    "at:time", "action", "by", "allowed:yes"),
            new Spec("yourAuditedActions", List.of("audit_entry.actor_id", "audit_entry.occurrence_id"),
                    "SELECT a.at, a.action, g.name, a.allowed FROM audit_entry a LEFT JOIN support_group g ON g.id = a.group_id"
                            + " WHERE a.actor_id = :p ORDER BY a.at, a.id",
                    "at:time", "action", "group", "allowed:yes"));

    @Override
    public PersonalRecords about(long personId) {
        List<Section> sections = new ArrayList<>();
        for (Spec spec : SECTIONS) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object result : query(spec.sql(), personId).getResultList()) {
                Object[] values = result instanceof Object[] array ? array : new Object[] {result};
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < spec.columns().length; i++) {
                    String[] column = spec.columns()[i].split(":");
                    row.put(column[0], value(values[i], column.length > 1 ? column[1] : ""));
                }
                rows.add(row);
            }
            sections.add(new Section(spec.name(), spec.tables(), rows));
        }
        return new PersonalRecords(sections);
    }

    @Override
    public boolean leadsGroupsOrRounds(long personId) {
        Number count = (Number) query("SELECT (SELECT COUNT(*) FROM group_leader WHERE person_id = :p)"
                + " + (SELECT COUNT(*) FROM schwartz_round WHERE facilitator_id = :p)", personId).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public void erase(long personId, String email) {
        query("UPDATE audit_entry SET actor_id = NULL WHERE actor_id = :p", personId).executeUpdate();
        query("UPDATE audit_entry SET subject_id = NULL WHERE subject_id = :p", personId).executeUpdate();
        query("UPDATE schwartz_round SET clinical_lead_id = NULL, clinical_lead_email = '' WHERE clinical_lead_id = :p",
                personId).executeUpdate();
        query("UPDATE session_series SET facilitator_id = NULL WHERE facilitator_id = :p", personId).executeUpdate();
        query("DELETE FROM outbox_message WHERE person_id = :p", personId).executeUpdate();
        query("UPDATE people_import SET started_by = NULL WHERE started_by = :p", personId).executeUpdate();
        // by address only: another person may have the same name
        em.createNativeQuery("DELETE FROM people_import_row WHERE email = ?1").setParameter(1, email).executeUpdate();
        em.createNativeQuery("DELETE FROM outbox_message WHERE recipient = ?1").setParameter(1, email).executeUpdate();
        // the rest goes with the person: roles, links, profile, memberships (and their homework reports),
        // acceptances, attendance, responses, feeds, panels, answered-flags (ON DELETE CASCADE)
        query("DELETE FROM person WHERE id = :p", personId).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    @Override
    public List<AuditRow> auditPage(long organisationId, Instant from, Instant until, Instant afterAt, long afterId,
                                    int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, at, actor_id, action, group_id, occurrence_id, subject_id,"
                        + " allowed FROM audit_entry WHERE organisation_id = ?1 AND at >= ?2 AND at < ?3"
                        + " AND (at > ?4 OR (at = ?5 AND id > ?6)) ORDER BY at, id")
                .setParameter(1, organisationId).setParameter(2, utc(from)).setParameter(3, utc(until))
                .setParameter(4, utc(afterAt)).setParameter(5, utc(afterAt)).setParameter(6, afterId)
                .setMaxResults(size).getResultList();
        return rows.stream().map(r -> new AuditRow(((Number) r[0]).longValue(), instant(r[1]), id(r[2]), (String) r[3],
                id(r[4]), id(r[5]), id(r[6]), yes(r[7]))).toList();
    }

    /** A native query with each {@code :p} bound to the person's id. */
    private Query query(String sql, long personId) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        int from = 0;
        for (int at = sql.indexOf(":p"); at >= 0; at = sql.indexOf(":p", from)) {
            numbered.append(sql, from, at).append('?').append(++n);
            from = at + 2;
        }
        numbered.append(sql.substring(from));
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 1; i <= n; i++) {
            query.setParameter(i, personId);
        }
        return query;
    }

    private static Object value(Object raw, String kind) {
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case "time" -> instant(raw).toString();
            case "yes" -> yes(raw);
            default -> raw instanceof Number number ? (Object) number.longValue() : raw.toString();
        };
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object raw) {
        if (raw instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (raw instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (raw instanceof java.time.LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(raw.toString());
    }

    private static Long id(Object raw) {
        return raw == null ? null : ((Number) raw).longValue();
    }

    private static boolean yes(Object raw) {
        return raw instanceof Boolean b ? b : raw instanceof Number n ? n.intValue() != 0 : Boolean.parseBoolean(raw.toString());
    }
}
