-- Calendar invitations: the transactional outbox, attendees' answers, subscription feeds and the
-- secret that signs accept/decline links. The same SQL runs on MySQL/MariaDB and on H2 in MySQL mode.

-- Discreet calendar titles: on by default, because a shared calendar shows titles to colleagues.
ALTER TABLE support_group ADD COLUMN discreet_title BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE support_group ADD COLUMN calendar_title VARCHAR(80) NOT NULL DEFAULT 'Reflective practice session';

-- Day-before reminders are queued once per occurrence.
ALTER TABLE session_occurrence ADD COLUMN reminders_queued BOOLEAN NOT NULL DEFAULT FALSE;

-- Every email Kindred sends to a person, written in the transaction of the change that causes it and
-- delivered afterwards by the sender. message_id is fixed here, so a retry is the same message.
-- recipient is the address at the time of the change; rows are deleted 30 days after delivery, or
-- after they failed for good. trying_since starts the give-up clock, again when an organiser resends.
CREATE TABLE outbox_message (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    person_id        BIGINT,
    recipient        VARCHAR(254) NOT NULL,
    group_id         BIGINT,
    series_id        BIGINT,
    occurrence_id    BIGINT,
    calendar_method  VARCHAR(10),
    sequence_no      INT,
    message_id       VARCHAR(200) NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    body_text        MEDIUMTEXT   NOT NULL,
    body_html        MEDIUMTEXT,
    calendar         MEDIUMTEXT,
    status           VARCHAR(10)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    trying_since     DATETIME(6)  NOT NULL,
    next_attempt_at  DATETIME(6)  NOT NULL,
    sent_at          DATETIME(6),
    last_error       VARCHAR(200),
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT uq_outbox_message_id UNIQUE (message_id),
    CONSTRAINT fk_outbox_message_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_outbox_message_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_message_method CHECK (calendar_method IS NULL OR calendar_method IN ('REQUEST', 'CANCEL'))
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_group ON outbox_message (group_id, status);

-- A person's answer (PARTSTAT) to a series, or to one occurrence of it (occurrence_key = its id;
-- 0 means the whole series). The newest answer wins.
CREATE TABLE calendar_response (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    person_id      BIGINT      NOT NULL,
    series_id      BIGINT      NOT NULL,
    occurrence_key BIGINT      NOT NULL,
    part_stat      VARCHAR(16) NOT NULL,
    answered_at    DATETIME(6) NOT NULL,
    via            VARCHAR(10) NOT NULL,
    CONSTRAINT pk_calendar_response PRIMARY KEY (id),
    CONSTRAINT uq_calendar_response UNIQUE (person_id, series_id, occurrence_key),
    CONSTRAINT fk_calendar_response_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_response_series FOREIGN KEY (series_id) REFERENCES session_series (id) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_response_part_stat CHECK (part_stat IN ('ACCEPTED', 'DECLINED', 'TENTATIVE', 'NEEDS_ACTION')),
    CONSTRAINT ck_calendar_response_via CHECK (via IN ('EMAIL', 'LINK'))
);
CREATE INDEX ix_calendar_response_series ON calendar_response (series_id);

-- Private subscription addresses: a person's sessions or a room's bookings. Only the SHA-256 of the
-- random token is kept, so the table cannot be read back into working addresses.
CREATE TABLE calendar_feed (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash CHAR(64)    NOT NULL,
    person_id  BIGINT,
    room_id    BIGINT,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_feed_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_feed_owner CHECK ((person_id IS NULL) <> (room_id IS NULL))
);

-- Accept/decline links work once: the hash of each used link until it would have expired anyway.
CREATE TABLE reply_link_use (
    token_hash CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_reply_link_use PRIMARY KEY (token_hash)
);

-- The key that signs those links when kindred.link-secret is not set: made once, shared by every
-- server instance through the database.
CREATE TABLE signing_key (
    id     INT         NOT NULL,
    secret VARCHAR(88) NOT NULL,
    CONSTRAINT pk_signing_key PRIMARY KEY (id)
);
