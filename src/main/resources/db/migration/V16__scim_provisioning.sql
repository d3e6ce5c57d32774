-- SCIM 2.0 provisioning (issue 21, ADR 0021): an identity provider (Entra ID, Okta) keeps an
-- organisation's accounts in step with its directory, authenticated by a bearer token an admin issued.
--
-- Only a SHA-256 hash of each token is kept, as for password setup links: a copy of the database
-- cannot be used to provision. The label is the admin's name for the client ("Entra ID production");
-- created_by is the admin who issued it (emptied if that person is erased).
CREATE TABLE scim_token (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    label           VARCHAR(100) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    created_by      BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    last_used_at    DATETIME(6),
    CONSTRAINT pk_scim_token PRIMARY KEY (id),
    CONSTRAINT uq_scim_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_scim_token_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_scim_token_created_by FOREIGN KEY (created_by) REFERENCES person (id) ON DELETE SET NULL
);
CREATE INDEX ix_scim_token_organisation ON scim_token (organisation_id);

-- scim_id: the person's id towards SCIM clients, a random UUID, so that the sequential person id (and
-- with it how many accounts exist) is never shown. Given to every existing person here and to new ones
-- by the application; a row written by other means gets one the first time a SCIM client meets it.
-- external_id: the identity provider's own id for the person (Entra's objectId, Okta's id), stored as
-- sent and returned to the client; personal data only in that it identifies the person in the
-- provider (docs/privacy.md).
ALTER TABLE person ADD COLUMN scim_id CHAR(36);
ALTER TABLE person ADD COLUMN external_id VARCHAR(255);
-- scim_deleted: a SCIM client deleted the person. Kindred deactivates rather than erases (erasure is an
-- admin's decision), and answers the client 404 for that id from then on, as RFC 7644 section 3.6 asks.
ALTER TABLE person ADD COLUMN scim_deleted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE person SET scim_id = UUID();
CREATE UNIQUE INDEX uq_person_scim_id ON person (scim_id);
CREATE INDEX ix_person_external_id ON person (organisation_id, external_id);
