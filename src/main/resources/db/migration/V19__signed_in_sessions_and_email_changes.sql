-- A person's own sessions and confirmed email changes (issue 20, ADR 0024).
--
-- signed_in_session: one row per signed-in session, written where every sign-in completes
-- (SessionAuthenticationMechanism) and checked on each request, so that a session can be ended from
-- another one (and, with issue 24, from another server). The HTTP session holds a random 128-bit key;
-- only its SHA-256 hash is kept here, so a copy of the database cannot be used to take a session over.
-- device_hint is a short description derived from the browser's User-Agent ("Firefox on Windows"),
-- never the header itself; no IP address is stored. last_seen_at is written at most once a minute.
-- Rows go on sign-out, when a session outlives its idle or absolute limit, when the person is signed out
-- elsewhere or changes their password or address, on deactivation, and with the person (cascade).
CREATE TABLE signed_in_session (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    person_id    BIGINT      NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    device_hint  VARCHAR(60) NOT NULL,
    CONSTRAINT pk_signed_in_session PRIMARY KEY (id),
    CONSTRAINT uq_signed_in_session_key UNIQUE (key_hash),
    CONSTRAINT fk_signed_in_session_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_signed_in_session_person ON signed_in_session (person_id);
CREATE INDEX ix_signed_in_session_last_seen ON signed_in_session (last_seen_at);

-- email_change: a change of sign-in address waits for the single-use link sent to the new address
-- (only the link's SHA-256 hash is kept), valid for 24 hours. Deleted with the person (cascade);
-- used or expired requests are removed by housekeeping after a week.
CREATE TABLE email_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    person_id    BIGINT       NOT NULL,
    new_email    VARCHAR(254) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT pk_email_change PRIMARY KEY (id),
    CONSTRAINT uq_email_change_token UNIQUE (token_hash),
    CONSTRAINT fk_email_change_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_email_change_person ON email_change (person_id);
