-- Confidential attendance, a Schwartz Round's headcount, and the audit log of access to named
-- attendance. The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.

-- One member's attendance at one session, recorded by a facilitator of the group. Read only by the
-- group's facilitators and the member; every read is audited. Deleted by the retention job a
-- configurable time (default 12 months) after the group's last session.
CREATE TABLE attendance_record (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    occurrence_id BIGINT      NOT NULL,
    group_id      BIGINT      NOT NULL,
    person_id     BIGINT      NOT NULL,
    mark          VARCHAR(10) NOT NULL,
    late          BOOLEAN     NOT NULL DEFAULT FALSE,
    left_early    BOOLEAN     NOT NULL DEFAULT FALSE,
    recorded_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_attendance_record PRIMARY KEY (id),
    CONSTRAINT uq_attendance_record UNIQUE (occurrence_id, person_id),
    CONSTRAINT fk_attendance_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_attendance_mark CHECK (mark IN ('PRESENT', 'APOLOGIES', 'ABSENT'))
);
CREATE INDEX ix_attendance_group ON attendance_record (group_id);
CREATE INDEX ix_attendance_person ON attendance_record (person_id);

-- Aggregates kept when named attendance is deleted: per session, how many were expected, present,
-- sent apologies or were absent. No names; reports suppress small counts.
CREATE TABLE attendance_count (
    occurrence_id BIGINT NOT NULL,
    group_id      BIGINT NOT NULL,
    expected      INT    NOT NULL,
    present       INT    NOT NULL,
    apologies     INT    NOT NULL,
    absent        INT    NOT NULL,
    CONSTRAINT pk_attendance_count PRIMARY KEY (occurrence_id),
    CONSTRAINT fk_attendance_count_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE
);

-- A Schwartz Round's audience: a headcount, optionally split by staff group. Never names.
CREATE TABLE round_headcount (
    occurrence_id BIGINT      NOT NULL,
    staff_group   VARCHAR(40) NOT NULL,
    headcount     INT         NOT NULL,
    CONSTRAINT pk_round_headcount PRIMARY KEY (occurrence_id, staff_group),
    CONSTRAINT fk_round_headcount_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT ck_round_headcount CHECK (headcount BETWEEN 0 AND 5000)
);

-- Who looked at, exported, changed or was refused named attendance, when, and for which group:
-- never the content. Readable by admins of the organisation.
CREATE TABLE audit_entry (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    at              DATETIME(6) NOT NULL,
    actor_id        BIGINT      NOT NULL,
    action          VARCHAR(20) NOT NULL,
    group_id        BIGINT,
    occurrence_id   BIGINT,
    allowed         BOOLEAN     NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT ck_audit_action CHECK (action IN ('VIEW_ATTENDANCE', 'EXPORT_ATTENDANCE', 'RECORD_ATTENDANCE', 'VIEW_OWN_ATTENDANCE'))
);
CREATE INDEX ix_audit_entry_organisation ON audit_entry (organisation_id, at);
