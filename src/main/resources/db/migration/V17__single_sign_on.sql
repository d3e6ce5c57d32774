-- OpenID Connect single sign-on (issue 20, ADR 0022).
--
-- person_identity: a person's account at the organisation's OpenID provider, by the provider's issuer
-- and its stable subject identifier ("sub"), never by email. One account per provider and person, and
-- one person per provider account. Personal data: the subject identifies the person at the provider
-- (docs/privacy.md); deleted with the person.
CREATE TABLE person_identity (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    person_id   BIGINT       NOT NULL,
    issuer      VARCHAR(255) NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    linked_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_person_identity PRIMARY KEY (id),
    CONSTRAINT uq_person_identity_subject UNIQUE (issuer, subject),
    CONSTRAINT uq_person_identity_person UNIQUE (person_id, issuer),
    CONSTRAINT fk_person_identity_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- Each organisation chooses how its people sign in (an admin, on the Sign-in page):
-- password_sign_in: whether passwords typed into Kindred are accepted (admins keep theirs either way:
--   the break-glass way in when the provider is down or misconfigured);
-- sso_new_people: LINK_ONLY (a first single sign-on must match an account by verified email) or
--   CREATE_PARTICIPANTS (just-in-time: a person nobody invited gets a participant account);
-- sso_roles: KINDRED (roles are managed here) or CLAIM (the provider's roles claim, mapped by
--   kindred.oidc.role-map, sets them at each sign-in).
ALTER TABLE organisation ADD COLUMN password_sign_in BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE organisation ADD COLUMN sso_new_people VARCHAR(32) NOT NULL DEFAULT 'LINK_ONLY';
ALTER TABLE organisation ADD COLUMN sso_roles VARCHAR(32) NOT NULL DEFAULT 'KINDRED';
