-- Kindred's first schema: the organisation, its sites and rooms, and the people who sign in.
-- Written once for MySQL/MariaDB and H2 in MySQL mode: no engine clauses, no vendor-only types.
-- Times are DATETIME(6) holding UTC (the connection is pinned to UTC).

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_slug UNIQUE (slug)
);

CREATE TABLE site (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    CONSTRAINT pk_site PRIMARY KEY (id),
    CONSTRAINT uq_site_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_site_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE room (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    site_id             BIGINT        NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    capacity            INT           NOT NULL,
    accessibility_notes VARCHAR(1000),
    CONSTRAINT pk_room PRIMARY KEY (id),
    CONSTRAINT uq_room_name UNIQUE (site_id, name),
    CONSTRAINT fk_room_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_room_capacity CHECK (capacity BETWEEN 1 AND 1000)
);

-- Personal data: name, work email, roles (docs/privacy.md). Nothing else about a person.
CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(255),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    CONSTRAINT pk_person_role PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_person_role CHECK (role IN ('ORGANISER', 'FACILITATOR', 'PARTICIPANT', 'ADMIN'))
);

-- Only a SHA-256 hash of each single-use link is kept.
CREATE TABLE password_setup_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    person_id  BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_password_setup_token PRIMARY KEY (id),
    CONSTRAINT uq_password_setup_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_setup_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
