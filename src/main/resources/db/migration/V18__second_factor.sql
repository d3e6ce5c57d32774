-- A second factor for signing in (issue 20, ADR 0023): a TOTP authenticator app (RFC 6238) and
-- single-use recovery codes.
--
-- person_totp: one enrolled authenticator per person. The shared secret is encrypted with AES-GCM
-- under a key from the server's configuration (kindred.mfa.secret-key), never stored in clear, and
-- bound to the person's id. last_step is the last 30-second time step a code was accepted for: a code
-- is accepted once, on whichever server checks it, because accepting it is a conditional UPDATE of
-- this column.
CREATE TABLE person_totp (
    person_id        BIGINT       NOT NULL,
    secret_encrypted VARCHAR(255) NOT NULL,
    enrolled_at      DATETIME(6)  NOT NULL,
    last_step        BIGINT       NOT NULL,
    CONSTRAINT pk_person_totp PRIMARY KEY (person_id),
    CONSTRAINT fk_person_totp_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- person_recovery_code: SHA-256 of each recovery code (random, 50 bits each: a fast hash is enough,
-- as for setup links); used_at is set when it is spent, again by a conditional UPDATE.
CREATE TABLE person_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    person_id  BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_person_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_person_recovery_code_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_person_recovery_code_person ON person_recovery_code (person_id, code_hash);

-- An admin's reset of someone's second factor (they lost their phone) is audited.
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_action CHECK (action IN (
    'VIEW_ATTENDANCE', 'EXPORT_ATTENDANCE', 'RECORD_ATTENDANCE', 'VIEW_OWN_ATTENDANCE',
    'CHANGE_ROLES', 'DEACTIVATE_PERSON', 'REACTIVATE_PERSON', 'IMPORT_PEOPLE',
    'EXPORT_OWN_DATA', 'ERASE_PERSON', 'EXPORT_AUDIT',
    'CREATE_SCIM_TOKEN', 'REVOKE_SCIM_TOKEN', 'SCIM_PROVISION',
    'RESET_SECOND_FACTOR'));
