-- Session series and their occurrences, room bookings, and Schwartz Rounds with their panels.
-- The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.

ALTER TABLE room ADD COLUMN equipment VARCHAR(500);
ALTER TABLE room ADD COLUMN setup_minutes INT NOT NULL DEFAULT 0;
ALTER TABLE room ADD COLUMN cleardown_minutes INT NOT NULL DEFAULT 0;
ALTER TABLE room ADD CONSTRAINT ck_room_buffers CHECK (setup_minutes BETWEEN 0 AND 120 AND cleardown_minutes BETWEEN 0 AND 120);

-- One calendar event: a first start (wall-clock, in time_zone), a length and an optional rule.
-- pattern with repeat_count or repeat_until is the rule; no pattern means a one-off session.
CREATE TABLE session_series (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    group_id         BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    uid              VARCHAR(120) NOT NULL,
    sequence_no      INT          NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    first_start      DATETIME(6)  NOT NULL,
    duration_minutes INT          NOT NULL,
    pattern          VARCHAR(20),
    repeat_count     INT,
    repeat_until     DATE,
    room_id          BIGINT,
    online_link      VARCHAR(500),
    facilitator_id   BIGINT,
    split_from_id    BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_session_series PRIMARY KEY (id),
    CONSTRAINT uq_session_series_uid UNIQUE (uid),
    CONSTRAINT fk_session_series_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_series_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_session_series_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_session_series_facilitator FOREIGN KEY (facilitator_id) REFERENCES person (id),
    CONSTRAINT ck_session_series_kind CHECK (kind IN ('GROUP_SESSION', 'ROUND', 'ROUND_PREPARATION', 'ROUND_DEBRIEF')),
    CONSTRAINT ck_session_series_minutes CHECK (duration_minutes BETWEEN 5 AND 480),
    CONSTRAINT ck_session_series_end CHECK (pattern IS NULL OR repeat_count IS NOT NULL OR repeat_until IS NOT NULL)
);
CREATE INDEX ix_session_series_group ON session_series (group_id);

-- Each meeting. original_start is its RECURRENCE-ID (wall-clock, the series' zone) and never changes;
-- starts_at/ends_at are UTC and move when the occurrence is rescheduled. Cancelled rows stay.
CREATE TABLE session_occurrence (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    series_id      BIGINT       NOT NULL,
    group_id       BIGINT       NOT NULL,
    original_start DATETIME(6)  NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    room_id        BIGINT,
    online_link    VARCHAR(500),
    status         VARCHAR(12)  NOT NULL,
    cancel_reason  VARCHAR(500),
    overridden     BOOLEAN      NOT NULL,
    sequence_no    INT          NOT NULL,
    CONSTRAINT pk_session_occurrence PRIMARY KEY (id),
    CONSTRAINT uq_session_occurrence UNIQUE (series_id, original_start),
    CONSTRAINT fk_session_occurrence_series FOREIGN KEY (series_id) REFERENCES session_series (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_occurrence_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_session_occurrence_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_session_occurrence_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_session_occurrence_group_time ON session_occurrence (group_id, starts_at);
CREATE INDEX ix_session_occurrence_time ON session_occurrence (starts_at);

-- A room taken by an occurrence, buffers included. Overlaps are prevented by the booking transaction,
-- which holds the room's row lock while it checks and inserts (docs/adr/0007).
CREATE TABLE room_booking (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    room_id       BIGINT      NOT NULL,
    occurrence_id BIGINT      NOT NULL,
    blocked_from  DATETIME(6) NOT NULL,
    blocked_until DATETIME(6) NOT NULL,
    CONSTRAINT pk_room_booking PRIMARY KEY (id),
    CONSTRAINT uq_room_booking_occurrence UNIQUE (occurrence_id),
    CONSTRAINT fk_room_booking_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_room_booking_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id) ON DELETE CASCADE,
    CONSTRAINT ck_room_booking_times CHECK (blocked_until > blocked_from)
);
CREATE INDEX ix_room_booking_room_time ON room_booking (room_id, blocked_from);

-- A Schwartz Round: a neutral topic, its facilitator and clinical lead, and three linked one-off
-- series (the Round, its preparation meeting about a week before, and the debrief straight after).
-- No audience names are ever stored.
CREATE TABLE schwartz_round (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id       BIGINT       NOT NULL,
    group_id              BIGINT       NOT NULL,
    topic                 VARCHAR(200) NOT NULL,
    facilitator_id        BIGINT       NOT NULL,
    clinical_lead_id      BIGINT       NOT NULL,
    round_series_id       BIGINT       NOT NULL,
    preparation_series_id BIGINT       NOT NULL,
    debrief_series_id     BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    CONSTRAINT pk_schwartz_round PRIMARY KEY (id),
    CONSTRAINT fk_schwartz_round_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_schwartz_round_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_schwartz_round_facilitator FOREIGN KEY (facilitator_id) REFERENCES person (id),
    CONSTRAINT fk_schwartz_round_lead FOREIGN KEY (clinical_lead_id) REFERENCES person (id),
    CONSTRAINT fk_schwartz_round_series FOREIGN KEY (round_series_id) REFERENCES session_series (id),
    CONSTRAINT fk_schwartz_round_preparation FOREIGN KEY (preparation_series_id) REFERENCES session_series (id),
    CONSTRAINT fk_schwartz_round_debrief FOREIGN KEY (debrief_series_id) REFERENCES session_series (id)
);
CREATE INDEX ix_schwartz_round_organisation ON schwartz_round (organisation_id);

CREATE TABLE round_panellist (
    round_id     BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    status       VARCHAR(12) NOT NULL,
    responded_at DATETIME(6),
    CONSTRAINT pk_round_panellist PRIMARY KEY (round_id, person_id),
    CONSTRAINT fk_round_panellist_round FOREIGN KEY (round_id) REFERENCES schwartz_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_panellist_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_round_panellist_status CHECK (status IN ('INVITED', 'CONSENTED', 'DECLINED', 'WITHDRAWN'))
);
CREATE INDEX ix_round_panellist_person ON round_panellist (person_id);
